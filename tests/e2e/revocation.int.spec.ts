import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createViewerSigner, VIEWER_HEADER } from '@dnevnik/auth';
import { op } from './generated/index.js';
import { IDS, postGraphQL, requestBody, startStack, type RawBody, type Stack } from './harness.js';

/**
 * Revocation everywhere within 5 s (docs/adr/0008-revocation-at-the-gateway.md): after logout,
 * a session ended by its owner or a role taken away, the gateway refuses the session's access
 * token on every subgraph, and it refuses every signed-in request when it cannot tell.
 */
let stack: Stack;

/**
 * identity's revocation feed reaches the gateway through this pass-through, so that a test can
 * cut the feed off and bring it back while identity itself keeps running.
 */
let feedUp = true;
let identityBase = '';
let proxy: Server;

/** What the gateway's /ready tells of its copy of the revocation feed. */
interface Ready {
  checks: { revocationFeed: { state: string } };
}

beforeAll(async () => {
  proxy = createServer((req, res) => {
    if (!feedUp || !identityBase) {
      req.socket.destroy();
      return;
    }
    void fetch(`${identityBase}${req.url}`, {
      headers: Object.fromEntries(
        Object.entries(req.headers).filter(([k]) => k.startsWith('x-')) as [string, string][],
      ),
    })
      .then(async (upstream) => {
        res.writeHead(upstream.status, { 'content-type': 'application/json' });
        res.end(Buffer.from(await upstream.arrayBuffer()));
      })
      .catch(() => req.socket.destroy());
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const proxyPort = (proxy.address() as AddressInfo).port;
  // The proxy forwards nothing until identity's address is known: the first load retries.
  stack = await startStack({
    messaging: {},
    gatewayEnv: { REVOCATION_FEED_URL: `http://127.0.0.1:${proxyPort}/internal/revocations` },
  });
  identityBase = stack.identityUrl.replace(/\/graphql$/, '');
  // The gateway started before the proxy knew identity: wait for its first successful read.
  await waitFor(async () => {
    const ready = (await (await fetch(readyUrl())).json()) as Ready;
    return ready.checks.revocationFeed.state === 'fresh';
  }, 10_000);
}, 180_000);

afterAll(async () => {
  await stack?.stop();
  await new Promise((resolve) => proxy?.close(resolve));
});

const readyUrl = () => stack.gatewayUrl.replace(/\/graphql$/, '/ready');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await check()) return Date.now() - started;
    await sleep(100);
  }
  throw new Error(`condition not met within ${timeoutMs} ms`);
}

/** One request per subgraph; `postMark` is the write a revoked teacher's token once reached. */
const PROBES: Record<string, RawBody> = {
  identity: requestBody(op(`query RevocationProbeIdentity { me { person { id } } }`)),
  curriculum: requestBody(
    op(
      `query RevocationProbeCurriculum { myTimetable(from: "2026-11-23", to: "2026-11-29") { id } }`,
    ),
  ),
  gradebook: requestBody(
    op(
      `query RevocationProbeGradebook($s: ID!) { studentMarks(studentId: $s, from: "2026-11-01", to: "2026-11-30") { id } }`,
    ),
    { s: IDS.petya },
  ),
  'gradebook postMark': requestBody(
    op(`mutation RevocationProbePostMark($i: PostMarkInput!) { postMark(input: $i) { id } }`),
    {
      i: {
        lessonId: '01930000-0000-7000-8000-00000000ffff',
        studentId: IDS.petya,
        workType: 'Ответ на уроке',
        value: '5',
      },
    },
  ),
  attendance: requestBody(
    op(
      `query RevocationProbeAttendance($s: ID!) { studentAttendance(studentId: $s, from: "2026-11-01", to: "2026-11-30") { __typename } }`,
    ),
    { s: IDS.petya },
  ),
  messaging: requestBody(op(`query RevocationProbeMessaging { myThreads { id } }`)),
};

// Only the status and the errors of a probe are read.
const probe = (name: string, token: string) =>
  postGraphQL(stack.gatewayUrl, PROBES[name]!, { authorization: `Bearer ${token}` });

/** The token reaches the subgraph: whatever it answers, it is not a refusal of the session. */
async function expectReaches(token: string) {
  for (const name of Object.keys(PROBES)) {
    const res = await probe(name, token);
    expect({ name, status: res.status }).toEqual({ name, status: 200 });
    const codes = (res.errors ?? []).map((e) => e.extensions?.code);
    expect({ name, codes }).not.toEqual({
      name,
      codes: expect.arrayContaining(['UNAUTHENTICATED']),
    });
  }
}

/** The gateway refuses the token outright, before any subgraph runs. */
async function expectRefusedEverywhere(token: string) {
  for (const name of Object.keys(PROBES)) {
    const res = await probe(name, token);
    expect({ name, status: res.status, code: res.errors?.[0]?.extensions?.code }).toEqual({
      name,
      status: 401,
      code: 'UNAUTHENTICATED',
    });
    expect(res.errors?.[0]?.message).toBe('Сессия завершена. Войдите снова.');
    expect(res.data).toBeUndefined();
  }
}

/** How long after `since` the gateway began refusing the token (checked on gradebook). */
const refusedWithin = (token: string) =>
  waitFor(async () => (await probe('gradebook', token)).status === 401, 5_000);

describe('a revoked session is refused by the gateway on every subgraph within 5 s', () => {
  it('after logout', async () => {
    const token = await stack.login('math');
    await expectReaches(token);
    const out = await stack.gql(op(`mutation RevocationLogout { logout }`), {}, token);
    expect(out.data?.logout).toBe(true);
    expect(await refusedWithin(token)).toBeLessThan(5_000);
    await expectRefusedEverywhere(token);
  });

  it('after its owner ends it from another session, which keeps working', async () => {
    const phone = await stack.login('primary');
    const laptop = await stack.login('primary');
    const sessions = await stack.gql(
      op(`query RevocationMySessions { mySessions { id current } }`),
      {},
      laptop,
    );
    const other = sessions.data!.mySessions!.find((s) => !s.current && s.id);
    expect(other).toBeTruthy();
    const revoked = await stack.gql(
      op(`mutation RevocationRevokeSession($id: ID!) { revokeSession(id: $id) { id } }`),
      { id: other!.id },
      laptop,
    );
    expect(revoked.errors).toBeUndefined();
    expect(await refusedWithin(phone)).toBeLessThan(5_000);
    await expectRefusedEverywhere(phone);
    await expectReaches(laptop);
  });

  it('after the school administrator takes a role away (the token carried it)', async () => {
    const admin = await stack.login('admin');
    const token = await stack.login('russian');
    await expectReaches(token);
    const me = await stack.gql(op(`query RevocationMe { me { person { id } } }`), {}, token);
    const roles = await stack.gql(
      op(`query RevocationPerson($id: ID!) { person(id: $id) { roles { id role } } }`),
      { id: me.data!.me!.person!.id },
      admin,
    );
    const role = roles.data!.person!.roles![0]!;
    const res = await stack.gql(
      op(
        `mutation RevocationRevokeRole($id: ID!) { revokeRole(id: $id, reason: "Перевод в другую школу, приказ №7") { id } }`,
      ),
      { id: role.id },
      admin,
    );
    expect(res.errors).toBeUndefined();
    expect(await refusedWithin(token)).toBeLessThan(5_000);
    await expectRefusedEverywhere(token);
  });
});

describe('the revocation feed', () => {
  it('answers only the gateway', async () => {
    const feed = `${identityBase}/internal/revocations`;
    expect((await fetch(feed)).status).toBe(401);
    const forged = await createViewerSigner(
      (await (await import('@dnevnik/auth')).generateKeyPairPem('EdDSA')).privateKeyPem,
    );
    const signedByOther = await forged({
      viewer: { kind: 'anonymous' },
      source: { ip: null, userAgent: null },
      requestId: 'forged-request',
    });
    expect((await fetch(feed, { headers: { [VIEWER_HEADER]: signedByOther } })).status).toBe(401);
    const token = await stack.login('zavuch');
    const mine = await stack.gql(
      op(`query RevocationMySessions { mySessions { id current } }`),
      {},
      token,
    );
    const sessionId = mine.data!.mySessions!.find((s) => s.current)!.id;
    await stack.gql(op(`mutation RevocationLogout { logout }`), {}, token);
    const sign = await createViewerSigner(stack.gatewayKeys.privateKeyPem);
    const ok = await fetch(feed, {
      headers: {
        [VIEWER_HEADER]: await sign({
          viewer: { kind: 'anonymous' },
          source: { ip: null, userAgent: null },
          requestId: 'feed-request',
        }),
      },
    });
    expect(ok.status).toBe(200);
    const page = (await ok.json()) as {
      retentionSeconds: number;
      cursor: string;
      sessions: { id: string; revokedAt: number }[];
    };
    expect(page.retentionSeconds).toBe(660);
    expect(page.cursor).toMatch(/^\d+$/);
    // The session just ended, with its id and the time of revocation only.
    const entry = page.sessions.find((s) => s.id === sessionId)!;
    expect(Object.keys(entry).sort()).toEqual(['id', 'revokedAt']);
    expect(Math.abs(entry.revokedAt - Date.now())).toBeLessThan(60_000);
  });
});

describe('when the gateway cannot read the feed', () => {
  it('fails closed past the bound, lets people log in, and recovers when the feed returns', async () => {
    const token = await stack.login('math');
    await expectReaches(token);
    const ready = (await (await fetch(readyUrl())).json()) as Ready;
    expect(ready.checks.revocationFeed.state).toBe('fresh');

    feedUp = false;
    const cut = Date.now();
    // Within the bound the gateway still trusts its copy.
    expect((await probe('gradebook', token)).status).toBe(200);
    await waitFor(async () => (await probe('gradebook', token)).status === 503, 10_000);
    const after = Date.now() - cut;
    expect(after).toBeGreaterThan(3_000);
    expect(after).toBeLessThan(8_000);
    for (const name of Object.keys(PROBES)) {
      const res = await probe(name, token);
      expect({ name, status: res.status, code: res.errors?.[0]?.extensions?.code }).toEqual({
        name,
        status: 503,
        code: 'SERVICE_UNAVAILABLE',
      });
      expect(res.errors?.[0]?.message).toMatch(/служба входа временно не отвечает/);
    }
    // Anonymous requests and logins do not depend on the feed.
    expect(await stack.login('primary')).toBeTruthy();
    const stale = await fetch(readyUrl());
    expect(stale.status).toBe(200);
    expect(((await stale.json()) as Ready).checks.revocationFeed.state).toBe('stale');

    feedUp = true;
    expect(
      await waitFor(async () => (await probe('gradebook', token)).status === 200, 5_000),
    ).toBeLessThan(3_000);
    await expectReaches(token);
  }, 60_000);
});
