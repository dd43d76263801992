import { randomUUID } from 'node:crypto';
import { decodeJwt, jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';
import { importPrivateKey, importPublicKey } from './keys.js';
import { ACCESS_TOKEN_ISSUER } from './access-token.js';

/**
 * A service's proof of who it is when it asks identity for a token (client credentials with
 * `private_key_jwt`, RFC 7523): a short JWT signed with the service's own ES256 key, whose public
 * half identity holds in its configuration (ADR 0012).
 */
export const CLIENT_ASSERTION_ALG = 'ES256';
/** The longest an assertion may live: it is a one-time proof, not a credential to keep. */
export const CLIENT_ASSERTION_MAX_SECONDS = 300;

export async function createClientAssertionSigner(options: {
  clientId: string;
  privateKeyPem: string;
}) {
  const key = await importPrivateKey(options.privateKeyPem, CLIENT_ASSERTION_ALG);
  return async (now = new Date()): Promise<string> => {
    const iat = Math.floor(now.getTime() / 1000);
    return new SignJWT({})
      .setProtectedHeader({ alg: CLIENT_ASSERTION_ALG, typ: 'JWT' })
      .setIssuer(options.clientId)
      .setSubject(options.clientId)
      .setAudience(ACCESS_TOKEN_ISSUER)
      .setIssuedAt(iat)
      .setExpirationTime(iat + 60)
      .setJti(randomUUID())
      .sign(key);
  };
}

export class InvalidClientAssertionError extends Error {}

const claimsSchema = z.object({
  iss: z.string(),
  sub: z.string(),
  jti: z.string().min(8).max(128),
  iat: z.number(),
  exp: z.number(),
});

export interface VerifiedClientAssertion {
  clientId: string;
  jti: string;
  expiresAt: Date;
}

/**
 * Verifies an assertion against the key of the client it names. The client id is read before
 * the signature only to pick the key; nothing else is trusted until the signature holds.
 */
export function createClientAssertionVerifier(clients: ReadonlyMap<string, string>) {
  const keys = new Map(
    [...clients].map(([id, pem]) => [id, importPublicKey(pem, CLIENT_ASSERTION_ALG)]),
  );
  return async (assertion: string, now = new Date()): Promise<VerifiedClientAssertion> => {
    let issuer: string | undefined;
    try {
      issuer = decodeJwt(assertion).iss;
    } catch {
      throw new InvalidClientAssertionError('not a JWT');
    }
    const key = issuer ? keys.get(issuer) : undefined;
    if (!key) throw new InvalidClientAssertionError('unknown client');
    try {
      const { payload } = await jwtVerify(assertion, await key, {
        issuer,
        subject: issuer,
        audience: ACCESS_TOKEN_ISSUER,
        algorithms: [CLIENT_ASSERTION_ALG],
        currentDate: now,
        clockTolerance: 5,
        requiredClaims: ['iat', 'exp', 'jti'],
      });
      const claims = claimsSchema.parse(payload);
      if (claims.exp - claims.iat > CLIENT_ASSERTION_MAX_SECONDS)
        throw new InvalidClientAssertionError('lives too long');
      return { clientId: issuer!, jti: claims.jti, expiresAt: new Date(claims.exp * 1000) };
    } catch (err) {
      if (err instanceof InvalidClientAssertionError) throw err;
      throw new InvalidClientAssertionError((err as Error).message);
    }
  };
}

export type ClientAssertionVerifier = ReturnType<typeof createClientAssertionVerifier>;

/**
 * Assertions already used, until they expire: a copied assertion cannot be replayed. Kept in
 * memory; with several identity replicas a replay within the assertion's minute could reach
 * another one, which still gets only a read-only token of the same service.
 */
export function createReplayGuard() {
  const seen = new Map<string, number>();
  return (jti: string, expiresAt: Date, now = new Date()): boolean => {
    for (const [id, exp] of seen) if (exp < now.getTime()) seen.delete(id);
    if (seen.has(jti)) return false;
    seen.set(jti, expiresAt.getTime());
    return true;
  };
}
