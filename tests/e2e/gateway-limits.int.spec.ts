import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGateway, loadGatewayEnv, type Gateway } from '@dnevnik/gateway';
import { createLogger } from '@dnevnik/logging';
import { op } from './generated/index.js';
import { postGraphQL, startStack, type Stack } from './harness.js';
import { buildSchool, MONDAY, type SchoolFixture } from './school-fixture.js';

/** The gateway's query limits and HTTP statuses, through the real gateway and subgraphs. */
let stack: Stack;
let school: SchoolFixture;
const silent = createLogger({ source: 'e2e', level: 'silent' });

beforeAll(async () => {
  stack = await startStack({ now: MONDAY });
  school = await buildSchool(stack);
  await school.ok(
    op(`mutation LimitsGenerateLessons($y: ID!) { generateLessons(yearId: $y) { created } }`),
    { y: school.id('year') },
    school.admin,
  );
});
afterAll(() => stack?.stop());

async function subgraphRequests(gatewayUrl = stack.gatewayUrl): Promise<number> {
  const text = await (await fetch(gatewayUrl.replace('/graphql', '/metrics'))).text();
  return text
    .split('\n')
    .filter((l) => l.startsWith('gateway_subgraph_requests_total'))
    .reduce((sum, l) => sum + Number(l.split(' ').pop()), 0);
}

interface ErrorBody {
  errors: { message: string; extensions: { code: string } }[];
}

async function postRaw(url: string, body: string, headers: Record<string, string> = {}) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  return { status: res.status, headers: res.headers, json: (await res.json()) as ErrorBody };
}

async function eventually<T>(probe: () => Promise<T | undefined>, ms = 20_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** The longest range curriculum answers: 200 days. */
const LONGEST = { f: '2026-09-01', t: '2027-03-19' };
const aliases = (count: number, field: string) =>
  Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ');

describe('the cost limit counts list sizes', () => {
  it('passes the diary week and the journal page as clients send them', async () => {
    const parent = await stack.login('ivanov.parent');
    const diary = await stack.gql(
      op(
        `query LimitsMyTimetable { myTimetable(from: "2026-11-23", to: "2026-11-29") { date subject { name } marks { value student { firstName } } attendance { status student { firstName } reason { kind excused } } } }`,
      ),
      {},
      parent,
    );
    expect(diary.status).toBe(200);
    expect(diary.errors).toBeUndefined();
    expect(diary.data!.myTimetable!.length).toBeGreaterThan(0);

    const zavuch = await stack.login('zavuch');
    const journal = await stack.gql(
      op(`query LimitsJournal($a: ID!, $p: ID!) { journal(assignmentId: $a, periodId: $p) {
         hoursPerWeek period { name } lessons { id date marks { value } attendance { status lateMinutes current student { lastName } } }
         rows { student { lastName firstName } marks { value workType } average suggestedFinal enoughMarks }
       } }`),
      { a: school.id('assignment'), p: school.id('quarter2') },
      zavuch,
    );
    // Admitted and executed: whatever the gradebook answers (it may not have learnt the
    // assignment from curriculum's events yet), the gateway did not refuse it.
    expect(journal.status).toBe(200);
    expect(journal.errors?.map((e) => e.extensions?.code) ?? []).not.toContain('QUERY_TOO_COMPLEX');

    // The longest timetable curriculum gives, on its own, is fine.
    const year = await stack.gql(
      op(
        `query LimitsMyTimetable2($f: String!, $t: String!) { myTimetable(from: $f, to: $t) { id date } }`,
      ),
      LONGEST,
      parent,
    );
    expect(year.errors).toBeUndefined();
    expect(year.data!.myTimetable!.length).toBeGreaterThan(50);
  });

  it('refuses 15 aliases of a long timetable before any subgraph is called', async () => {
    const parent = await stack.login('ivanov.parent');
    const before = await subgraphRequests();
    const quarter = await stack.gqlRaw(
      `{ ${aliases(15, 'myTimetable(from: "2026-11-04", to: "2026-12-28") { id date subject { name } }')} }`,
      {},
      parent,
    );
    expect(quarter.status).toBe(400);
    expect(quarter.data).toBeUndefined();
    expect(quarter.errors).toHaveLength(1);
    expect(quarter.errors![0]!.extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      maxCost: 20_000,
    });
    expect(quarter.errors![0]!.message).toMatch(/^Запрос слишком сложный/);
    // The same through variables: the cost is computed with the request's values.
    const year = await stack.gqlRaw(
      `query($f: String!, $t: String!) { ${aliases(15, 'myTimetable(from: $f, to: $t) { id date }')} }`,
      LONGEST,
      parent,
    );
    expect(year.status).toBe(400);
    expect(year.errors![0]!.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(await subgraphRequests()).toBe(before);
    // A week in the same variables passes: the document is the same, only the values differ.
    const week = await stack.gqlRaw<{ a14: { id: string; date: string }[] }>(
      `query($f: String!, $t: String!) { ${aliases(15, 'myTimetable(from: $f, to: $t) { id date }')} }`,
      { f: '2026-11-23', t: '2026-11-29' },
      parent,
    );
    expect(week.status).toBe(200);
    expect(week.errors).toBeUndefined();
    expect(week.data!.a14.length).toBeGreaterThan(0);
    expect(await subgraphRequests()).toBeGreaterThan(before);
  });
});

describe('HTTP statuses of a client mistake', () => {
  it('answers a syntax error with 400 GRAPHQL_PARSE_FAILED', async () => {
    const res = await stack.gqlRaw('{ me { person { id }');
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(res.errors?.[0]?.message).toMatch(/Syntax Error/);
  });

  it('answers too many tokens with 400 GRAPHQL_PARSE_FAILED', async () => {
    const res = await stack.gqlRaw(`{ me { person { ${'id '.repeat(3100)} } } }`);
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(res.errors?.[0]?.message).toMatch(/3000 tokens/);
  });

  it('answers a validation failure with 400 GRAPHQL_VALIDATION_FAILED', async () => {
    const res = await stack.gqlRaw('{ me { nothing } }');
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('the document-size limit', () => {
  it('refuses a query text over 64 KB before parsing it, whatever the padding', async () => {
    const padded = (bytes: number) =>
      JSON.stringify({ query: `{ me { person { id } } }${' '.repeat(bytes)}` });
    const near = await postRaw(stack.gatewayUrl, padded(60 * 1024));
    expect(near.status).toBe(200);
    const over = await postRaw(stack.gatewayUrl, padded(65 * 1024));
    expect(over.status).toBe(413);
    expect(over.json.errors[0]!.extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect(over.json.errors[0]!.message).toMatch(/^Текст запроса слишком длинный/);
    // 15 MB of padding (under the 16 MiB body limit): refused without being lexed.
    const huge = await postRaw(stack.gatewayUrl, padded(15 * 1024 * 1024));
    expect(huge.status).toBe(413);
    expect(huge.json.errors[0]!.extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('does not count variables: attachments travel base64 in them', async () => {
    const res = await postGraphQL(stack.gatewayUrl, {
      query: op(`query LimitsPerson($id: ID!) { person(id: $id) { id } }`),
      // Over the query limit, under the subgraphs' own 1 MiB body limit.
      variables: { id: 'x'.repeat(200 * 1024) },
    });
    expect(res.status).not.toBe(413);
    expect(res.errors?.[0]?.extensions?.code).not.toBe('PAYLOAD_TOO_LARGE');
  });
});

describe('the per-viewer concurrency limit', () => {
  let blackHole: Server;
  const held: IncomingMessage[] = [];
  let gateway: Gateway;
  let url: string;

  beforeAll(async () => {
    // A curriculum that takes requests and never answers: the requests stay in flight.
    blackHole = createServer((req) => void held.push(req));
    await new Promise<void>((r) => blackHole.listen(0, '127.0.0.1', r));
    const slow = `http://127.0.0.1:${(blackHole.address() as AddressInfo).port}/graphql`;
    gateway = await createGateway({
      env: loadGatewayEnv({
        NODE_ENV: 'test',
        GATEWAY_PORT: '0',
        SUBGRAPH_URLS: `identity=${stack.identityUrl},curriculum=${slow},gradebook=${stack.gradebookUrl},attendance=${stack.attendanceUrl}`,
        IDENTITY_JWKS_URL: stack.identityUrl.replace(/\/graphql$/, '/.well-known/jwks.json'),
        SUBGRAPH_TIMEOUT_MS: '30000',
        MAX_CONCURRENT_PER_VIEWER: '2',
      }),
      logger: silent,
      signingKeyPem: stack.gatewayKeys.privateKeyPem,
    });
    url = (await gateway.start()).url;
  });
  afterAll(async () => {
    blackHole?.closeAllConnections();
    await gateway?.stop();
    await new Promise((r) => blackHole?.close(r));
  });

  const timetable = (token: string) =>
    postGraphQL(
      url,
      {
        query: op(
          `query LimitsSlowTimetable { myTimetable(from: "2026-11-23", to: "2026-11-29") { id } }`,
        ),
      },
      { authorization: `Bearer ${token}` },
    );

  it('refuses a viewer’s third request in flight with 429 and Retry-After, and no one else’s', async () => {
    const parent = await stack.login('ivanov.parent');
    const zavuch = await stack.login('zavuch');
    const first = [timetable(parent), timetable(parent)];
    await eventually(async () => (held.length >= 2 ? true : undefined));

    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${parent}` },
      body: JSON.stringify({ query: '{ me { person { id } } }' }),
    });
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('1');
    const body = (await res.json()) as ErrorBody;
    expect(body.errors[0]!.extensions.code).toBe('TOO_MANY_REQUESTS');
    expect(body.errors[0]!.message).toMatch(/^Слишком много одновременных запросов/);

    // Another viewer, and an anonymous client on the same address, are not affected.
    const other = timetable(zavuch);
    await eventually(async () => (held.length >= 3 ? true : undefined));
    const anonymous = await postGraphQL(url, { query: op(`query LimitsTypename { __typename }`) });
    expect(anonymous.status).toBe(200);

    // Once the slow subgraph gives up, the viewer's slots are free again.
    blackHole.closeAllConnections();
    for (const done of await Promise.all([...first, other])) {
      expect(done.status).toBe(200);
      expect(done.errors?.[0]?.extensions?.code).toBe('SUBGRAPH_UNAVAILABLE');
    }
    const again = await postGraphQL(
      url,
      { query: op(`query LimitsMyLastName { me { person { lastName } } }`) },
      { authorization: `Bearer ${parent}` },
    );
    expect(again.status).toBe(200);
    expect(again.data?.me!.person.lastName).toBe('Иванов');
  });
});

describe('suggestions in production', () => {
  const mistakes = [
    { query: '{ absenceNotices(status: PENDIN) { id } }' },
    {
      query: 'query($s: NoticeStatus) { absenceNotices(status: $s) { id } }',
      variables: { s: 'PENDIN' },
    },
    { query: '{ me { persn { id } } }' },
  ];

  it('are shown in development', async () => {
    const messages = await Promise.all(
      mistakes.map(async (m) => (await postGraphQL(stack.gatewayUrl, m)).errors?.[0]?.message),
    );
    expect(messages.every((m) => /Did you mean/.test(m ?? ''))).toBe(true);
  });

  it('are hidden for fields and enum values alike', async () => {
    const gateway = await createGateway({
      env: loadGatewayEnv({
        NODE_ENV: 'production',
        GATEWAY_PORT: '0',
        GATEWAY_SIGNING_KEY: stack.gatewayKeys.privateKeyPem,
        SUBGRAPH_URLS: `identity=${stack.identityUrl},curriculum=${stack.curriculumUrl},gradebook=${stack.gradebookUrl},attendance=${stack.attendanceUrl}`,
        IDENTITY_JWKS_URL: stack.identityUrl.replace(/\/graphql$/, '/.well-known/jwks.json'),
      }),
      logger: silent,
    });
    const server = await gateway.start();
    try {
      for (const mistake of mistakes) {
        const res = await postGraphQL(server.url, mistake);
        expect(res.errors?.length).toBeGreaterThan(0);
        for (const error of res.errors ?? []) {
          expect(error.message).not.toMatch(/Did you mean|PENDING|person\b/);
        }
      }
    } finally {
      await gateway.stop();
    }
  });
});
