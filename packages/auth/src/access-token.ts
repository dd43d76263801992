import {
  createLocalJWKSet,
  createRemoteJWKSet,
  jwtVerify,
  SignJWT,
  type JSONWebKeySet,
} from 'jose';
import { v4 as uuidv4 } from 'uuid';
import { z } from 'zod';
import { roleGrantSchema } from './roles.js';
import { authMethodSchema, SERVICE_AUTH_METHOD, type TokenViewer } from './viewer.js';
import { importPrivateKey } from './keys.js';

/** Access tokens are issued by identity and accepted by the gateway; nobody else uses them. */
export const ACCESS_TOKEN_ISSUER = 'dnevnik-identity';
export const ACCESS_TOKEN_AUDIENCE = 'dnevnik-graph';
export const ACCESS_TOKEN_ALG = 'ES256';

const claimsSchema = z.object({
  sub: z.string(),
  sid: z.string(),
  amr: z.union([authMethodSchema, z.literal(SERVICE_AUTH_METHOD)]),
  roles: z.array(roleGrantSchema),
});

export async function createAccessTokenIssuer(options: {
  privateKeyPem: string;
  kid: string;
  ttlSeconds: number;
}) {
  const key = await importPrivateKey(options.privateKeyPem, ACCESS_TOKEN_ALG);
  return async (
    viewer: TokenViewer,
    ttlSeconds = options.ttlSeconds,
  ): Promise<{ token: string; expiresAt: Date }> => {
    const now = Math.floor(Date.now() / 1000);
    const exp = now + ttlSeconds;
    const service = viewer.kind === 'service';
    const token = await new SignJWT({
      sid: viewer.sessionId,
      amr: service ? SERVICE_AUTH_METHOD : viewer.authMethod,
      roles: viewer.roles,
    })
      .setProtectedHeader({ alg: ACCESS_TOKEN_ALG, kid: options.kid, typ: 'at+jwt' })
      .setSubject(service ? viewer.serviceId : viewer.personId)
      .setIssuer(ACCESS_TOKEN_ISSUER)
      .setAudience(ACCESS_TOKEN_AUDIENCE)
      .setIssuedAt(now)
      .setExpirationTime(exp)
      .setJti(uuidv4())
      .sign(key);
    return { token, expiresAt: new Date(exp * 1000) };
  };
}

export type AccessTokenVerifier = (token: string) => Promise<TokenViewer>;

export class InvalidAccessTokenError extends Error {}

/**
 * Verifies a bearer token against identity's key set. Only ES256 is accepted, so `alg: none`
 * and algorithm-confusion tokens fail before their claims are read.
 */
export function createAccessTokenVerifier(
  keys: { jwksUrl: string } | { jwks: JSONWebKeySet },
): AccessTokenVerifier {
  const keySet =
    'jwksUrl' in keys
      ? createRemoteJWKSet(new URL(keys.jwksUrl), {
          cooldownDuration: 30_000,
          cacheMaxAge: 600_000,
        })
      : createLocalJWKSet(keys.jwks);
  return async (token) => {
    try {
      const { payload } = await jwtVerify(token, keySet, {
        issuer: ACCESS_TOKEN_ISSUER,
        audience: ACCESS_TOKEN_AUDIENCE,
        algorithms: [ACCESS_TOKEN_ALG],
        clockTolerance: 5,
        requiredClaims: ['exp', 'iat', 'sub'],
      });
      const claims = claimsSchema.parse(payload);
      if (claims.amr === SERVICE_AUTH_METHOD)
        return {
          kind: 'service',
          serviceId: claims.sub,
          sessionId: claims.sid,
          roles: claims.roles,
        };
      return {
        kind: 'person',
        personId: claims.sub,
        sessionId: claims.sid,
        authMethod: claims.amr,
        roles: claims.roles,
      };
    } catch (err) {
      throw new InvalidAccessTokenError((err as Error).message);
    }
  };
}
