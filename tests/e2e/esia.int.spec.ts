import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateKeyPairPem } from '@dnevnik/auth';
import { createOrm } from '@dnevnik/database';
import { createTestDatabase, withClient, type TestDatabase } from '@dnevnik/database/testing';
import { demoEsiaPersons, startDevEsia, type DevEsia } from '@dnevnik/esia-simulator';
import { OutboxMessageSchema, ProcessedEventSchema } from '@dnevnik/events';
import { createGateway, loadGatewayEnv, type Gateway } from '@dnevnik/gateway';
import {
  createIdentityService,
  identityEntities,
  identityMigrations,
  loadIdentityEnv,
  seedDemo,
  type IdentityService,
} from '@dnevnik/identity';
import { createLogger } from '@dnevnik/logging';
import { op } from './generated/index.js';
import {
  DEMO_PASSWORD,
  IDS,
  KAFKA_BROKERS,
  postGraphQL,
  type GqlResponse,
  type Operation,
} from './harness.js';

/*
 * ESIA login as a browser does it: the gateway's start link, the simulator's login page, the
 * callback through the gateway, and completeEsiaLogin from the page it lands on. Identity runs
 * with its ESIA settings pointing at the simulator, on real PostgreSQL and Kafka, behind a real
 * gateway; only identity is started, as `me` and `person` need no other subgraph.
 */

const logger = createLogger({
  source: 'e2e-esia',
  level: (process.env.TEST_LOG_LEVEL as 'silent') ?? 'silent',
});

// Two children the school registers in 7А during the test: ESIA lists both for Ivanov, but only
// Olga's record is verified by the registry there.
const OLGA = {
  snils: '33144566758',
  lastName: 'Иванова',
  firstName: 'Ольга',
  middleName: 'Алексеевна',
  birthDate: '2013-01-30',
  sex: 'female' as const,
};
const KIRILL = {
  snils: '22133455620',
  lastName: 'Иванов',
  firstName: 'Кирилл',
  middleName: 'Алексеевич',
  birthDate: '2013-01-30',
  sex: 'male' as const,
};

function testPersons() {
  const persons = demoEsiaPersons();
  const ivanov = persons.find((p) => p.lastName === 'Иванов' && p.firstName === 'Алексей')!;
  ivanov.kids = [
    ...(ivanov.kids ?? []),
    { id: '9101', ...OLGA, verified: true },
    { id: '9102', ...KIRILL, verified: false },
  ];
  // Pyotr's СНИЛС with another birth date: a typo on one side, which the school must resolve.
  persons.push({
    oid: '1000399001',
    lastName: 'Иванов',
    firstName: 'Пётр',
    middleName: 'Алексеевич',
    birthDate: '2012-03-14',
    sex: 'male',
    snils: '16240663850',
    trusted: true,
  });
  return persons;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

let db: TestDatabase;
let esia: DevEsia;
let identity: IdentityService;
let gateway: Gateway;
let gatewayBase: string;
const PERSONS = testPersons();
const oid = (lastName: string, firstName: string) =>
  PERSONS.find((p) => p.lastName === lastName && p.firstName === firstName)!.oid;

beforeAll(async () => {
  db = await createTestDatabase('identity', identityMigrations, async (url) => {
    const handle = await createOrm({
      url,
      entities: [...identityEntities, OutboxMessageSchema, ProcessedEventSchema],
      migrations: identityMigrations,
      logger,
    });
    await handle.migrate();
    await handle.close();
  });
  const gatewayPort = await freePort();
  gatewayBase = `http://127.0.0.1:${gatewayPort}`;
  esia = await startDevEsia({
    redirectUri: `${gatewayBase}/auth/esia/callback`,
    persons: PERSONS,
  });
  const gatewayKeys = await generateKeyPairPem('EdDSA');
  identity = await createIdentityService({
    env: loadIdentityEnv({
      NODE_ENV: 'test',
      IDENTITY_PORT: '0',
      IDENTITY_DATABASE_URL: db.url,
      KAFKA_BROKERS,
      IDENTITY_SIGNING_KEY: (await generateKeyPairPem('ES256')).privateKeyPem,
      PASSWORD_SCRYPT_LOG_N: '12',
      ...esia.identityEnv,
    }),
    logger,
    gatewayPublicKeyPem: gatewayKeys.publicKeyPem,
    outboxPollMs: 100,
  });
  // The e2e suite builds its own classes (school-fixture.ts): the demo's logins are enough.
  await seedDemo(identity.database.orm, { passwordLogN: 12, logger, roster: false });
  const identityServer = await identity.start();
  gateway = await createGateway({
    env: loadGatewayEnv({
      NODE_ENV: 'test',
      GATEWAY_PORT: String(gatewayPort),
      SUBGRAPH_URLS: `identity=${identityServer.url}`,
      IDENTITY_JWKS_URL: identityServer.url.replace(/\/graphql$/, '/.well-known/jwks.json'),
      SUBGRAPH_TIMEOUT_MS: '5000',
    }),
    logger,
    signingKeyPem: gatewayKeys.privateKeyPem,
  });
  await gateway.start();
});

afterAll(async () => {
  await gateway?.stop();
  await identity?.stop();
  await esia?.stop();
  await db?.drop();
});

const gql = <TResult, TVariables>(
  operation: Operation<TResult, TVariables>,
  variables?: NoInfer<TVariables>,
  token?: string,
) =>
  postGraphQL(
    `${gatewayBase}/graphql`,
    { query: operation, variables },
    token ? { authorization: `Bearer ${token}` } : {},
  );

async function passwordLogin(login: string, password = DEMO_PASSWORD): Promise<string> {
  const res = await gql(
    op(`mutation EsiaLogin($i: LoginInput!) { login(input: $i) { accessToken } }`),
    {
      i: { login, password },
    },
  );
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.login!.accessToken;
}

/** A browser: follows nothing by itself, keeps the gateway's cookies. */
class Browser {
  private cookies = new Map<string, string>();

  async get(url: string): Promise<Response> {
    const sameSite = url.startsWith(gatewayBase);
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await fetch(url, {
      redirect: 'manual',
      headers: sameSite && cookie ? { cookie } : {},
    });
    if (sameSite) {
      for (const set of res.headers.getSetCookie()) {
        const [pair] = set.split(';');
        const [name, value] = pair!.split('=') as [string, string];
        if (/Max-Age=0/.test(set) || !value) this.cookies.delete(name);
        else this.cookies.set(name, value);
      }
    }
    return res;
  }

  /** Start at the gateway, choose a person on ESIA's page; returns the callback URL ESIA sent. */
  async toCallback(personOid: string, purpose?: 'parent'): Promise<string> {
    const start = await this.get(
      `${gatewayBase}/auth/esia/start${purpose ? '?purpose=parent' : ''}`,
    );
    expect(start.status).toBe(303);
    const loginPage = await this.get(start.headers.get('location')!);
    const html = await loginPage.text();
    const request = /name="request" value="([^"]+)"/.exec(html)?.[1];
    if (!request) throw new Error(`no ESIA login form: ${html.slice(0, 300)}`);
    const chosen = await fetch(`${esia.simulator.url}/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ request, oid: personOid }).toString(),
      redirect: 'manual',
    });
    const callback = chosen.headers.get('location')!;
    expect(callback.startsWith(`${gatewayBase}/auth/esia/callback?`)).toBe(true);
    return callback;
  }

  /** The whole login: returns the page the browser lands on and the tokens it gets there. */
  async login(personOid: string, purpose?: 'parent') {
    const done = await this.get(await this.toCallback(personOid, purpose));
    const location = done.headers.get('location') ?? '';
    const code = /#esia_code=([A-Za-z0-9_-]+)$/.exec(location)?.[1];
    if (!code) return { status: done.status, html: await done.text(), token: null, code: null };
    const res = await gql(
      op(
        `mutation EsiaCompleteEsiaLogin($c: String!) { completeEsiaLogin(code: $c) { accessToken viewer { session { authMethod } } } }`,
      ),
      { c: code },
    );
    expect(location.startsWith('/auth/login#')).toBe(true);
    return {
      status: done.status,
      html: '',
      token: res.data?.completeEsiaLogin!.accessToken ?? null,
      code,
      res,
    };
  }
}

const outboxTypes = (type: string) =>
  withClient(
    db.url,
    async (c) =>
      (
        await c.query<{
          payload: { data: { childId: string; verified: boolean } };
          published_at: Date | null;
        }>(
          `select payload, published_at from outbox_message where payload->>'type' = $1 order by seq`,
          [type],
        )
      ).rows,
  );

const ME = op(
  `query EsiaMyChildren { me { person { id lastName firstName children { verified source esiaConfirmedAt child { firstName } } } roles { role classId } session { authMethod } } }`,
);

describe('ESIA login through the gateway (A9)', () => {
  it('serves a login page offering ESIA and the temporary login, with nothing from outside', async () => {
    const res = await fetch(`${gatewayBase}/auth/login`);
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(html).toContain('Войти через Госуслуги');
    expect(html).toContain('Временный логин');
    expect(html).not.toMatch(/(src|href)="https?:/);
    expect(res.headers.get('content-security-policy')).toMatch(/script-src 'nonce-/);
  });

  it('logs a teacher in: me returns the linked person with roles and an ESIA session', async () => {
    const { token, res } = await new Browser().login(oid('Лебедев', 'Сергей'));
    expect(res?.errors).toBeUndefined();
    const me = await gql(ME, {}, token!);
    expect(me.data!.me!.person).toMatchObject({
      id: '01930000-0000-7000-8000-000000001004',
      lastName: 'Лебедев',
    });
    expect(me.data!.me!.roles).toEqual([{ role: 'SUBJECT_TEACHER', classId: null }]);
    expect(me.data!.me!.session.authMethod).toBe('ESIA');
    // The second login finds the person by the stored oid; the link was made and audited once.
    expect((await new Browser().login(oid('Лебедев', 'Сергей'))).token).toBeTruthy();
    const rows = await withClient(db.url, async (c) => ({
      accounts: (await c.query('select oid from esia_account')).rows,
      audit: (await c.query(`select after from audit_log where action = 'account.esia_linked'`))
        .rows,
    }));
    expect(rows.accounts).toEqual([{ oid: oid('Лебедев', 'Сергей') }]);
    expect(rows.audit).toHaveLength(1);
  });

  it('a parent sees only verified children; the class teacher confirms the rest (A8)', async () => {
    const admin = await passwordLogin('admin');
    const [olgaId, kirillId] = await Promise.all(
      [OLGA, KIRILL].map(async (child) => {
        const reg = await gql(
          op(
            `mutation EsiaRegisterPerson($i: RegisterPersonInput!) { registerPerson(input: $i) { id } }`,
          ),
          { i: { schoolId: IDS.school, role: 'STUDENT', classId: IDS.class7a, ...child } },
          admin,
        );
        expect(reg.errors).toBeUndefined();
        return reg.data!.registerPerson!.id;
      }),
    );
    const { token } = await new Browser().login(oid('Иванов', 'Алексей'), 'parent');
    const me = await gql(ME, {}, token!);
    const children = me.data!.me!.person.children!;
    // Pyotr and Maria from the school's records, Olga verified in ESIA; Kirill only proposed.
    expect(children.map((c) => c.child.firstName).sort()).toEqual(['Мария', 'Ольга', 'Пётр']);
    expect(children.every((c) => c.verified && c.esiaConfirmedAt)).toBe(true);
    expect(children.find((c) => c.child.firstName === 'Ольга')!.source).toBe('ESIA');

    const denied = await gql(
      op(`query EsiaPerson($id: ID!) { person(id: $id) { firstName birthDate } }`),
      { id: kirillId! },
      token!,
    );
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    // Both links are published, so other services' read models know Kirill's is not verified.
    const linked = await outboxTypes('identity.guardianship.linked');
    const verifiedOf = (childId: string) =>
      linked.find((r) => r.payload.data.childId === childId)?.payload.data.verified;
    expect([verifiedOf(olgaId!), verifiedOf(kirillId!)]).toEqual([true, false]);

    // The class teacher of 7А confirms the pending link; the event goes out for other services.
    const links = await gql(
      op(`query EsiaPerson2($id: ID!) { person(id: $id) { parents { id verified source } } }`),
      { id: kirillId! },
      admin,
    );
    const pending = links.data!.person!.parents![0]!;
    expect(pending).toMatchObject({ verified: false, source: 'ESIA' });
    const teacher = await passwordLogin('russian');
    const verified = await gql(
      op(`mutation EsiaVerifyParentLink($id: ID!) { verifyParentLink(id: $id) { verified } }`),
      { id: pending.id },
      teacher,
    );
    expect(verified.data!.verifyParentLink!.verified).toBe(true);
    const after = await gql(ME, {}, token!);
    expect(after.data!.me!.person.children!.map((c) => c.child.firstName).sort()).toEqual([
      'Кирилл',
      'Мария',
      'Ольга',
      'Пётр',
    ]);
    await expect
      .poll(
        async () =>
          (await outboxTypes('identity.guardianship.verified')).filter((r) => r.published_at)
            .length,
        { timeout: 10_000 },
      )
      .toBeGreaterThan(0);
  });

  it('refuses a replayed callback, a callback in another browser, and a reused one-time code', async () => {
    const browser = new Browser();
    const callback = await browser.toCallback(oid('Морозов', 'Андрей'));
    const stranger = await new Browser().get(callback);
    expect(stranger.status).toBe(400);
    expect(await stranger.text()).toContain('устарела или уже использована');
    const first = await browser.get(callback);
    expect(first.status).toBe(303);
    const replay = await browser.get(callback);
    expect(replay.status).toBe(400);
    expect(await replay.text()).toContain('устарела или уже использована');
    const code = /#esia_code=(.+)$/.exec(first.headers.get('location')!)![1]!;
    const once = await gql(
      op(
        `mutation EsiaCompleteEsiaLogin2($c: String!) { completeEsiaLogin(code: $c) { accessToken } }`,
      ),
      { c: code },
    );
    expect(once.errors).toBeUndefined();
    const twice: GqlResponse<unknown> = await gql(
      op(
        `mutation EsiaCompleteEsiaLogin2($c: String!) { completeEsiaLogin(code: $c) { accessToken } }`,
      ),
      { c: code },
    );
    expect(twice.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('never creates a person: an unknown СНИЛС and a mismatch tell the user to contact the school', async () => {
    const people = () =>
      withClient(
        db.url,
        async (c) => (await c.query('select count(*)::int as n from person')).rows[0].n,
      );
    const before = await people();
    const unknown = await new Browser().login(oid('Кириллов', 'Олег'));
    expect(unknown.status).toBe(403);
    expect(unknown.html).toContain('школа ещё не внесла вас');
    expect(unknown.html).toContain('Временный логин');
    const mismatch = await new Browser().login('1000399001');
    expect(mismatch.status).toBe(403);
    expect(mismatch.html).toContain('не совпадают');
    const unconfirmed = await new Browser().login(oid('Захарова', 'Нина'));
    expect(unconfirmed.html).toContain('не подтверждена');
    expect(await people()).toBe(before);
    const linkedToPyotr = await withClient(
      db.url,
      async (c) =>
        (await c.query('select 1 from esia_account where person_id = $1', [IDS.petya])).rowCount,
    );
    expect(linkedToPyotr).toBe(0);
  });

  it('shows ESIA errors and broken tokens as messages, and opens no session', async () => {
    const cases: [() => void, number, string][] = [
      [() => esia.simulator.failNext('ESIA-007011'), 400, 'Время на вход'],
      [() => esia.simulator.failNext('ESIA-007053'), 502, 'Код: ESIA-007053'],
      [() => esia.simulator.failNext('ESIA-007008'), 503, 'не отвечают'],
      [() => esia.simulator.defectNextIdToken('tampered'), 502, 'Не удалось проверить ответ'],
      [() => esia.simulator.defectNextIdToken('alg-none'), 502, 'Не удалось проверить ответ'],
    ];
    const sessionsBefore = await withClient(
      db.url,
      async (c) => (await c.query('select count(*)::int as n from session')).rows[0].n,
    );
    for (const [arrange, status, text] of cases) {
      const browser = new Browser();
      const callback = await browser.toCallback(oid('Соколова', 'Елена'));
      arrange();
      const res = await browser.get(callback);
      expect(res.status, text).toBe(status);
      expect(await res.text()).toContain(text);
    }
    const sessionsAfter = await withClient(
      db.url,
      async (c) => (await c.query('select count(*)::int as n from session')).rows[0].n,
    );
    expect(sessionsAfter).toBe(sessionsBefore);
    // Cancelling on ESIA's page comes back as ESIA-007004.
    const browser = new Browser();
    const start = await browser.get(`${gatewayBase}/auth/esia/start`);
    const page = await (await browser.get(start.headers.get('location')!)).text();
    const request = /name="request" value="([^"]+)"/.exec(page)![1]!;
    const denied = await fetch(`${esia.simulator.url}/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ request, action: 'deny' }).toString(),
      redirect: 'manual',
    });
    const cancelled = await browser.get(denied.headers.get('location')!);
    expect(await cancelled.text()).toContain('Вход через Госуслуги отменён');
  });

  it('logs out at ESIA and comes back to the login page', async () => {
    const res = await fetch(`${gatewayBase}/auth/esia/logout`, { redirect: 'manual' });
    expect(res.status).toBe(303);
    const atEsia = await fetch(res.headers.get('location')!, { redirect: 'manual' });
    expect(atEsia.status).toBe(302);
    expect(atEsia.headers.get('location')).toBe(`${gatewayBase}/auth/login`);
  });

  // Last: it stops the simulator.
  it('when ESIA is down, the page says so and the temporary login still works', async () => {
    const browser = new Browser();
    const callback = await browser.toCallback(oid('Смирнова', 'Ирина'));
    await esia.stop();
    const res = await browser.get(callback);
    const html = await res.text();
    expect(res.status).toBe(503);
    expect(html).toContain('Госуслуги (ЕСИА) сейчас не отвечают');
    expect(html).toContain('Временный логин');
    const admin = await passwordLogin('admin');
    const issued = await gql(
      op(
        `mutation EsiaIssueTemporaryCredentials($i: IssueTemporaryCredentialsInput!) { issueTemporaryCredentials(input: $i) { login password } }`,
      ),
      {
        i: {
          personId: IDS.smirnovaParent,
          reason: 'Заявление №7: Госуслуги недоступны',
          validDays: 3,
        },
      },
      admin,
    );
    const { login, password } = issued.data!.issueTemporaryCredentials!;
    const me = await gql(
      op(`query EsiaMe { me { person { lastName } session { authMethod } } }`),
      {},
      await passwordLogin(login, password),
    );
    expect(me.data!.me).toEqual({
      person: { lastName: 'Смирнова' },
      session: { authMethod: 'TEMPORARY' },
    });
  });
});
