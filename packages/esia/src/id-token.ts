import type { SignatureVerifier } from './signer.js';

/** Why a token from ESIA was not accepted; the reason goes to logs, never to the user. */
export class EsiaTokenError extends Error {
  constructor(readonly reason: string) {
    super(`ESIA token rejected: ${reason}`);
    this.name = 'EsiaTokenError';
  }
}

export interface TokenCheck {
  verifier: SignatureVerifier;
  /** Allowed `alg` values; `none` is never accepted, whatever this list says. */
  algorithms: readonly string[];
  issuer: string;
  /** The client's mnemonic: ESIA issues the id_token to it. */
  audience: string;
  /** Clock difference tolerated on exp, nbf and iat. */
  leewaySeconds: number;
  now?: Date;
  /** The nonce sent with the authorization request; checked when the token carries one. */
  nonce?: string;
}

export type EsiaClaims = Record<string, unknown>;

function decodeJson(part: string, what: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      return value as Record<string, unknown>;
    }
  } catch {
    // fall through to the common error
  }
  throw new EsiaTokenError(`${what} is not a JSON object`);
}

const B64URL = /^[A-Za-z0-9_-]+$/;

/**
 * Verifies a JWS compact token issued by ESIA: the algorithm is checked against the allow-list
 * before the signature, and the signature before any claim is trusted.
 */
export async function verifyEsiaJwt(token: string, check: TokenCheck): Promise<EsiaClaims> {
  const parts = token.split('.');
  if (parts.length !== 3 || !B64URL.test(parts[0]!) || !B64URL.test(parts[1]!)) {
    throw new EsiaTokenError('not a compact JWS');
  }
  const [headerPart, payloadPart, signaturePart] = parts as [string, string, string];
  const header = decodeJson(headerPart, 'header');
  const alg = header.alg;
  if (typeof alg !== 'string' || alg.toLowerCase() === 'none' || !check.algorithms.includes(alg)) {
    throw new EsiaTokenError(`algorithm ${String(alg)} is not allowed`);
  }
  if (!signaturePart || !B64URL.test(signaturePart)) throw new EsiaTokenError('no signature');
  const valid = await check.verifier.verify(
    alg,
    Buffer.from(`${headerPart}.${payloadPart}`, 'ascii'),
    Buffer.from(signaturePart, 'base64url'),
  );
  if (!valid) throw new EsiaTokenError('signature does not verify');

  const claims = decodeJson(payloadPart, 'payload');
  if (claims.iss !== check.issuer) throw new EsiaTokenError('unexpected issuer');
  const aud = claims.aud;
  if (!(aud === check.audience || (Array.isArray(aud) && aud.includes(check.audience)))) {
    throw new EsiaTokenError('issued to another client');
  }
  const now = Math.floor((check.now ?? new Date()).getTime() / 1000);
  const leeway = check.leewaySeconds;
  if (typeof claims.exp !== 'number') throw new EsiaTokenError('no expiry');
  if (claims.exp + leeway <= now) throw new EsiaTokenError('expired');
  if (typeof claims.nbf === 'number' && claims.nbf - leeway > now) {
    throw new EsiaTokenError('not valid yet');
  }
  if (typeof claims.iat === 'number' && claims.iat - leeway > now) {
    throw new EsiaTokenError('issued in the future');
  }
  if (check.nonce !== undefined && claims.nonce !== undefined && claims.nonce !== check.nonce) {
    throw new EsiaTokenError('nonce does not match');
  }
  return claims;
}

const asId = (value: unknown): string | null =>
  typeof value === 'number' && Number.isSafeInteger(value)
    ? String(value)
    : typeof value === 'string' && /^\d{1,20}$/.test(value)
      ? value
      : null;

/**
 * The person's ESIA id (oid): `urn:esia:sbj` → `urn:esia:sbj:oid`, or `sub`. When both are
 * present they must agree, or the token is refused.
 */
export function esiaSubject(claims: EsiaClaims): string {
  const sbj = claims['urn:esia:sbj'];
  const fromSbj =
    sbj && typeof sbj === 'object'
      ? asId((sbj as Record<string, unknown>)['urn:esia:sbj:oid'])
      : null;
  const fromSub = asId(claims.sub);
  if (fromSbj && fromSub && fromSbj !== fromSub) throw new EsiaTokenError('subjects disagree');
  const oid = fromSbj ?? fromSub;
  if (!oid) throw new EsiaTokenError('no subject');
  return oid;
}
