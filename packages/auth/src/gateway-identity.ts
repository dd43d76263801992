import { jwtVerify, SignJWT, type CryptoKey } from 'jose';
import { z } from 'zod';
import { requestSourceSchema, viewerSchema, type RequestSource, type Viewer } from './viewer.js';
import { importPrivateKey, importPublicKey } from './keys.js';

/** The header that carries the gateway's signed statement of who is asking. */
export const VIEWER_HEADER = 'x-dnevnik-viewer';
const ISSUER = 'dnevnik-gateway';
const AUDIENCE = 'dnevnik-subgraphs';
const ALG = 'EdDSA';

const assertionSchema = z.object({
  viewer: viewerSchema,
  src: requestSourceSchema,
  rid: z.string(),
});

export interface VerifiedRequestIdentity {
  viewer: Viewer;
  source: RequestSource;
  requestId: string;
}

/**
 * Signs, at the gateway, the identity a subgraph request acts for. Subgraphs trust nothing else:
 * a request without a valid assertion is refused before any resolver runs.
 */
export async function createViewerSigner(privateKeyPem: string, ttlSeconds = 60) {
  const key: CryptoKey = await importPrivateKey(privateKeyPem, ALG);
  return async (identity: VerifiedRequestIdentity): Promise<string> =>
    new SignJWT({ viewer: identity.viewer, src: identity.source, rid: identity.requestId })
      .setProtectedHeader({ alg: ALG, typ: 'dnevnik-viewer+jwt' })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(`${ttlSeconds}s`)
      .sign(key);
}

export type ViewerVerifier = (assertion: string | undefined) => Promise<VerifiedRequestIdentity>;

export class IdentityAssertionError extends Error {}

export async function createViewerVerifier(gatewayPublicKeyPem: string): Promise<ViewerVerifier> {
  const key = await importPublicKey(gatewayPublicKeyPem, ALG);
  return async (assertion) => {
    if (!assertion) throw new IdentityAssertionError('missing gateway identity');
    try {
      const { payload } = await jwtVerify(assertion, key, {
        issuer: ISSUER,
        audience: AUDIENCE,
        algorithms: [ALG],
        typ: 'dnevnik-viewer+jwt',
        clockTolerance: 5,
      });
      const parsed = assertionSchema.parse(payload);
      return { viewer: parsed.viewer, source: parsed.src, requestId: parsed.rid };
    } catch {
      throw new IdentityAssertionError('invalid gateway identity');
    }
  };
}
