import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createAccessTokenVerifier,
  createClientAssertionSigner,
  generateKeyPairPem,
  publicJwk,
  type AccessTokenVerifier,
} from '@dnevnik/auth';
import { withClient } from '@dnevnik/database/testing';
import { startSubgraphUnderTest } from '@dnevnik/service-runtime/testing';
import { identity } from '../../subgraph.js';

/**
 * Middle tier: the archive's client credentials (ADR 0012). A signed assertion gives a
 * short-lived token for one school with the read-only `archivist` role; a replay, another key,
 * an unregistered client or a school that is not an id gets nothing, and each issue is audited.
 */
const SCHOOL = randomUUID();
const ISSUE = `mutation($a: String!, $s: ID!) { issueServiceToken(clientAssertion: $a, schoolId: $s) { accessToken expiresAt } }`;

let sut: Awaited<ReturnType<typeof startSubgraphUnderTest<typeof identity>>>;
let viewerOf: AccessTokenVerifier;
let signArchive: () => Promise<string>;
let signImpostor: () => Promise<string>;

beforeAll(async () => {
  const signingKey = await generateKeyPairPem('ES256');
  const archiveKey = await generateKeyPairPem('ES256');
  const impostorKey = await generateKeyPairPem('ES256');
  sut = await startSubgraphUnderTest(identity, {
    env: {
      IDENTITY_SIGNING_KEY: signingKey.privateKeyPem,
      IDENTITY_SERVICE_CLIENTS: JSON.stringify({ archive: archiveKey.publicKeyPem }),
      SERVICE_TOKEN_TTL_SECONDS: '120',
    },
  });
  viewerOf = createAccessTokenVerifier({
    jwks: { keys: [await publicJwk(signingKey.publicKeyPem, 'ES256', 'identity-1')] },
  });
  signArchive = await createClientAssertionSigner({
    clientId: 'archive',
    privateKeyPem: archiveKey.privateKeyPem,
  });
  signImpostor = await createClientAssertionSigner({
    clientId: 'archive',
    privateKeyPem: impostorKey.privateKeyPem,
  });
});
afterAll(() => sut?.stop());

describe('issueServiceToken', () => {
  it('gives the archive a token for one school, as a service with the archivist role, and audits it', async () => {
    const before = Date.now();
    const res = await sut.ok<{ issueServiceToken: { accessToken: string; expiresAt: string } }>(
      ISSUE,
      { a: await signArchive(), s: SCHOOL },
    );
    const viewer = await viewerOf(res.issueServiceToken.accessToken);
    expect(viewer).toMatchObject({
      kind: 'service',
      serviceId: 'archive',
      roles: [{ role: 'archivist', schoolId: SCHOOL, regionId: null, classId: null }],
    });
    const lifetime = Date.parse(res.issueServiceToken.expiresAt) - before;
    expect(lifetime).toBeGreaterThan(100_000);
    expect(lifetime).toBeLessThanOrEqual(125_000);
    const audit = await withClient(sut.database.url, (c) =>
      c.query(
        `select action, actor_person_id, actor_role, entity_id from audit_log where school_id = $1`,
        [SCHOOL],
      ),
    );
    expect(audit.rows).toEqual([
      {
        action: 'service_token.issued',
        actor_person_id: null,
        actor_role: 'archivist',
        entity_id: viewer.sessionId,
      },
    ]);
  });

  it('refuses an assertion sent a second time', async () => {
    const assertion = await signArchive();
    await sut.ok(ISSUE, { a: assertion, s: SCHOOL });
    const again = await sut.gql(ISSUE, { a: assertion, s: SCHOOL });
    expect(again.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(again.errors?.[0]?.message).toMatch(/Служба не опознана/);
  });

  it('refuses an assertion signed with another key, a garbage one and an unregistered client', async () => {
    const generated = await generateKeyPairPem('ES256');
    const stranger = await createClientAssertionSigner({
      clientId: 'analytics',
      privateKeyPem: generated.privateKeyPem,
    });
    for (const a of [await signImpostor(), 'not-a-jwt', await stranger()]) {
      const res = await sut.gql(ISSUE, { a, s: SCHOOL });
      expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(res.data).toBeNull();
    }
  });

  it('refuses a school that is not an id, with a clear error', async () => {
    const res = await sut.gql(ISSUE, { a: await signArchive(), s: 'school-1' });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/schoolId/);
  });
});

describe('IDENTITY_SERVICE_CLIENTS', () => {
  it('names an unknown client and a value that is not a key at start-up', () => {
    expect(() =>
      identity.loadEnv({
        NODE_ENV: 'test',
        IDENTITY_SERVICE_CLIENTS: JSON.stringify({ archive: 'secret', billing: 'x' }),
      }),
    ).toThrow(/archive: expected an SPKI PEM public key[\s\S]*unknown service client billing/);
  });
});
