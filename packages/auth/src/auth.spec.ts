import { importPKCS8, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import {
  createAccessTokenIssuer,
  createAccessTokenVerifier,
  createViewerSigner,
  createViewerVerifier,
  generateKeyPairPem,
  hasRole,
  IdentityAssertionError,
  InvalidAccessTokenError,
  publicJwk,
  requirePerson,
  type PersonViewer,
} from './index.js';

const viewer: PersonViewer = {
  kind: 'person',
  personId: 'p1',
  sessionId: 's1',
  authMethod: 'password',
  roles: [{ role: 'subject_teacher', schoolId: 'school-1', classId: null, regionId: null }],
};
const identity = {
  viewer,
  source: { ip: '10.0.0.1', userAgent: 'test' },
  requestId: 'req-12345678',
};

describe('gateway identity assertion', () => {
  it('round-trips between the gateway and a subgraph', async () => {
    const keys = await generateKeyPairPem('EdDSA');
    const sign = await createViewerSigner(keys.privateKeyPem);
    const verify = await createViewerVerifier(keys.publicKeyPem);
    expect(await verify(await sign(identity))).toEqual(identity);
  });

  it('refuses a missing assertion, another key, and an expired assertion', async () => {
    const gateway = await generateKeyPairPem('EdDSA');
    const intruder = await generateKeyPairPem('EdDSA');
    const verify = await createViewerVerifier(gateway.publicKeyPem);
    await expect(verify(undefined)).rejects.toBeInstanceOf(IdentityAssertionError);
    const forged = await (await createViewerSigner(intruder.privateKeyPem))(identity);
    await expect(verify(forged)).rejects.toBeInstanceOf(IdentityAssertionError);
    const expired = await new SignJWT({ viewer, src: identity.source, rid: identity.requestId })
      .setProtectedHeader({ alg: 'EdDSA', typ: 'dnevnik-viewer+jwt' })
      .setIssuer('dnevnik-gateway')
      .setAudience('dnevnik-subgraphs')
      .setIssuedAt(Math.floor(Date.now() / 1000) - 600)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(await importPKCS8(gateway.privateKeyPem, 'EdDSA'));
    await expect(verify(expired)).rejects.toBeInstanceOf(IdentityAssertionError);
  });
});

describe('access tokens', () => {
  async function setup() {
    const keys = await generateKeyPairPem('ES256');
    const issue = await createAccessTokenIssuer({
      privateKeyPem: keys.privateKeyPem,
      kid: 'k1',
      ttlSeconds: 600,
    });
    const verify = createAccessTokenVerifier({
      jwks: { keys: [await publicJwk(keys.publicKeyPem, 'ES256', 'k1')] },
    });
    return { keys, issue, verify };
  }

  it('verifies what identity issued', async () => {
    const { issue, verify } = await setup();
    const { token, expiresAt } = await issue(viewer);
    expect(await verify(token)).toEqual(viewer);
    expect(expiresAt.getTime()).toBeGreaterThan(Date.now() + 590_000);
  });

  it('refuses alg:none and HS256 signed with the public key (algorithm confusion)', async () => {
    const { keys, verify } = await setup();
    const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const claims = {
      sub: 'p1',
      sid: 's1',
      amr: 'password',
      roles: [],
      iss: 'dnevnik-identity',
      aud: 'dnevnik-graph',
      iat: 1,
      exp: 4102444800,
    };
    await expect(
      verify(`${b64({ alg: 'none', kid: 'k1' })}.${b64(claims)}.`),
    ).rejects.toBeInstanceOf(InvalidAccessTokenError);
    const hs = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256', kid: 'k1' })
      .sign(new TextEncoder().encode(keys.publicKeyPem));
    await expect(verify(hs)).rejects.toBeInstanceOf(InvalidAccessTokenError);
  });

  it('refuses a token for another audience', async () => {
    const { keys, verify } = await setup();
    const other = await new SignJWT({ sid: 's1', amr: 'password', roles: [] })
      .setProtectedHeader({ alg: 'ES256', kid: 'k1' })
      .setSubject('p1')
      .setIssuer('dnevnik-identity')
      .setAudience('some-other-system')
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(await importPKCS8(keys.privateKeyPem, 'ES256'));
    await expect(verify(other)).rejects.toBeInstanceOf(InvalidAccessTokenError);
  });
});

describe('role helpers', () => {
  it('scope roles to schools and deny anonymous viewers', () => {
    expect(hasRole(viewer, ['subject_teacher'], 'school-1')).toBe(true);
    expect(hasRole(viewer, ['subject_teacher'], 'school-2')).toBe(false);
    expect(hasRole({ kind: 'anonymous' }, ['subject_teacher'])).toBe(false);
    expect(() => requirePerson({ kind: 'anonymous' })).toThrow(/Войдите/);
  });

  it('let a service match only service roles, and never pass requirePerson', () => {
    const service = {
      kind: 'service' as const,
      serviceId: 'archive',
      sessionId: 't1',
      roles: [
        { role: 'archivist' as const, schoolId: 'school-1', regionId: null, classId: null },
        { role: 'subject_teacher' as const, schoolId: 'school-1', regionId: null, classId: null },
      ],
    };
    expect(hasRole(service, ['archivist'], 'school-1')).toBe(true);
    expect(hasRole(service, ['archivist'], 'school-2')).toBe(false);
    expect(hasRole(service, ['subject_teacher'], 'school-1')).toBe(false);
    expect(hasRole(service, ['subject_teacher', 'director', 'parent'])).toBe(false);
    expect(() => requirePerson(service)).toThrow(/Войдите/);
  });
});
