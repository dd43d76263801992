import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createAccessTokenVerifier,
  generateKeyPairPem,
  publicJwk,
  type AccessTokenVerifier,
  type PersonViewer,
  type TokenViewer,
} from '@dnevnik/auth';
import { withClient } from '@dnevnik/database/testing';
import { startSubgraphUnderTest } from '@dnevnik/service-runtime/testing';
import { identity } from '../../subgraph.js';
import { Account, hashPassword } from '../access/index.js';
import { newAssignment } from './assign-role.js';
import { Person } from './people.entities.js';

/**
 * Middle tier (ADR 0010): identity alone, built from its definition, on a fresh database and the
 * in-process bus. A school administrator registers a student and a parent and links them (A3,
 * A8), issues the parent a temporary login (A9), and the parent signs in with it. Every viewer
 * after the first administrators is the one the gateway would forward for a token identity issued.
 * The its are the steps of one story and run in order.
 */
const SCHOOL = randomUUID();
const OTHER_SCHOOL = randomUUID();
const CLASS = randomUUID();
const ADMIN_PASSWORD = 'Надёжный-пароль-42';
/** Passes the СНИЛС checksum: 1·9 + 1·8 + 2·7 + 2·6 + 3·5 + 3·4 + 4·3 + 4·2 + 5·1 = 95. */
const SNILS = '112-233-445 95';

let sut: Awaited<ReturnType<typeof startSubgraphUnderTest<typeof identity>>>;
let viewerOf: AccessTokenVerifier;
let admin: PersonViewer;
let otherAdmin: PersonViewer;
let parent: PersonViewer;
let studentId: string;
let parentId: string;

const REGISTER = `mutation($i: RegisterPersonInput!) { registerPerson(input: $i) { id lastName birthDate } }`;
const LINK = `mutation($i: LinkParentInput!) { linkParent(input: $i) { id verified } }`;
const PERSON = `query($id: ID!) { person(id: $id) { id birthDate parents { parent { id } } } }`;
const ISSUE = `mutation($i: IssueTemporaryCredentialsInput!) { issueTemporaryCredentials(input: $i) { login password } }`;
const LOGIN = `mutation($i: LoginInput!) { login(input: $i) { accessToken refreshToken viewer { session { authMethod } } } }`;

interface LoginAnswer {
  login: {
    accessToken: string;
    refreshToken: string;
    viewer: { session: { authMethod: string } };
  };
}

const student = (overrides: Record<string, unknown> = {}) => ({
  schoolId: SCHOOL,
  role: 'STUDENT',
  classId: CLASS,
  lastName: 'Кузнецов',
  firstName: 'Миша',
  middleName: 'Андреевич',
  birthDate: '2013-04-18',
  sex: 'male',
  snils: SNILS,
  ...overrides,
});

function asPerson(viewer: TokenViewer): PersonViewer {
  if (viewer.kind !== 'person') throw new Error('a login gives a person token');
  return viewer;
}

/** Signs in through the real login and reads the access token as the gateway does. */
async function signIn(login: string, password: string): Promise<PersonViewer> {
  const res = await sut.ok<LoginAnswer>(LOGIN, { i: { login, password } });
  return asPerson(await viewerOf(res.login.accessToken));
}

/**
 * A school's first administrator. No use case creates one (the region's operators do, outside
 * the graph), so they are written with the module's own entities; they sign in for real.
 */
async function firstAdministrator(schoolId: string, login: string): Promise<PersonViewer> {
  const em = sut.service.database.orm.em.fork();
  const admin = Object.assign(new Person(), {
    id: randomUUID(),
    lastName: 'Орлова',
    firstName: 'Ирина',
  });
  const account = Object.assign(new Account(), {
    id: randomUUID(),
    personId: admin.id,
    login,
    passwordHash: await hashPassword(ADMIN_PASSWORD, 10),
    kind: 'password',
  });
  const grant = newAssignment(admin.id, 'school_admin', schoolId, null, admin.id);
  await em.persistAndFlush([admin, grant, account]);
  return signIn(login, ADMIN_PASSWORD);
}

beforeAll(async () => {
  const signingKey = await generateKeyPairPem('ES256');
  sut = await startSubgraphUnderTest(identity, {
    // The lowest scrypt cost the variable allows keeps each password check in milliseconds.
    env: { IDENTITY_SIGNING_KEY: signingKey.privateKeyPem, PASSWORD_SCRYPT_LOG_N: '10' },
  });
  viewerOf = createAccessTokenVerifier({
    jwks: { keys: [await publicJwk(signingKey.publicKeyPem, 'ES256', 'identity-1')] },
  });
  admin = await firstAdministrator(SCHOOL, 'orlova');
  otherAdmin = await firstAdministrator(OTHER_SCHOOL, 'orlova.other');
});
afterAll(() => sut?.stop());

describe('registerPerson and linkParent, identity on its own', () => {
  it('registers a student and a parent, links them, publishes the link and audits each change', async () => {
    const child = await sut.ok<{ registerPerson: { id: string; birthDate: string } }>(
      REGISTER,
      { i: student() },
      admin,
    );
    expect(child.registerPerson.birthDate).toBe('2013-04-18');
    studentId = child.registerPerson.id;
    const adult = await sut.ok<{ registerPerson: { id: string } }>(
      REGISTER,
      { i: { schoolId: SCHOOL, role: 'PARENT', lastName: 'Кузнецова', firstName: 'Ольга' } },
      admin,
    );
    parentId = adult.registerPerson.id;
    const link = await sut.ok<{ linkParent: { id: string; verified: boolean } }>(
      LINK,
      { i: { parentId, childId: studentId, source: 'SCHOOL_RECORD' } },
      admin,
    );
    // The school's own records are the verification (A8).
    expect(link.linkParent.verified).toBe(true);

    await sut.settle();
    const url = sut.database.url;
    const { rows: events } = await withClient(url, (c) =>
      c.query(
        `select event_type, payload->'data' as data, payload->'actor' as actor, published_at
           from outbox_message where payload->'data'->>'linkId' = $1`,
        [link.linkParent.id],
      ),
    );
    expect(events).toEqual([
      {
        event_type: 'identity.guardianship.linked',
        data: { linkId: link.linkParent.id, parentId, childId: studentId, verified: true },
        actor: { personId: admin.personId, role: 'school_admin' },
        published_at: expect.any(Date),
      },
    ]);
    const { rows: audit } = await withClient(url, (c) =>
      c.query(
        `select action, entity_id, actor_person_id, actor_role from audit_log
          where chain = $1 order by seq`,
        [`school:${SCHOOL}`],
      ),
    );
    const by = { actor_person_id: admin.personId, actor_role: 'school_admin' };
    expect(audit).toEqual([
      { action: 'person.registered', entity_id: studentId, ...by },
      { action: 'person.registered', entity_id: parentId, ...by },
      { action: 'guardianship.linked', entity_id: link.linkParent.id, ...by },
    ]);
    const chain = await sut.ok<{ verifyAuditChain: { ok: boolean; checked: number } }>(
      `query($s: ID!) { verifyAuditChain(schoolId: $s) { ok checked } }`,
      { s: SCHOOL },
      admin,
    );
    expect(chain.verifyAuditChain).toEqual({ ok: true, checked: 3 });
  });

  it('lets the parent sign in with a temporary login and see their child; a wrong password is refused', async () => {
    const issued = await sut.ok<{ issueTemporaryCredentials: { login: string; password: string } }>(
      ISSUE,
      {
        i: { personId: parentId, reason: 'Заявление № 14: нет учётной записи ЕСИА', validDays: 7 },
      },
      admin,
    );
    const { login, password } = issued.issueTemporaryCredentials;
    const res = await sut.ok<LoginAnswer>(LOGIN, { i: { login, password } });
    expect(res.login.viewer.session.authMethod).toBe('TEMPORARY');
    expect(res.login.refreshToken).toEqual(expect.any(String));
    parent = asPerson(await viewerOf(res.login.accessToken));
    expect(parent).toMatchObject({
      personId: parentId,
      authMethod: 'temporary',
      roles: [{ role: 'parent', schoolId: SCHOOL }],
    });

    const seen = await sut.ok<{
      person: { birthDate: string; parents: { parent: { id: string } }[] };
    }>(PERSON, { id: studentId }, parent);
    expect(seen.person).toMatchObject({
      birthDate: '2013-04-18',
      parents: [{ parent: { id: parentId } }],
    });

    const wrong = await sut.gql(LOGIN, { i: { login, password: `${password}x` } });
    expect(wrong.data).toBeNull();
    expect(wrong.errors?.[0]).toMatchObject({
      message: 'Неверный логин или пароль.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('refuses another school’s administrator and a parent', async () => {
    const cases = [
      { op: REGISTER, vars: { i: student({ snils: null, lastName: 'Чужой' }) }, as: otherAdmin },
      { op: PERSON, vars: { id: studentId }, as: otherAdmin },
      { op: LINK, vars: { i: { parentId, childId: studentId, source: 'ESIA' } }, as: otherAdmin },
      { op: REGISTER, vars: { i: student({ snils: null, lastName: 'Родной' }) }, as: parent },
      // Another school's staff are strangers to the parent.
      { op: PERSON, vars: { id: otherAdmin.personId }, as: parent },
    ];
    for (const { op, vars, as } of cases) {
      const answer = await sut.gql(op, vars, as);
      expect(answer.errors?.[0]?.extensions?.code, op).toBe('FORBIDDEN');
    }
    const { rows } = await withClient(sut.database.url, (c) =>
      c.query(`select 1 from person where last_name in ('Чужой', 'Родной')`),
    );
    expect(rows).toEqual([]);
  });

  it('refuses a wrong СНИЛС and a birth date in the future with the reasons in Russian', async () => {
    const answer = await sut.gql(
      REGISTER,
      { i: student({ lastName: 'Будущев', snils: '112-233-445 96', birthDate: '2099-01-01' }) },
      admin,
    );
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(answer.errors?.[0]?.message).toBe(
      'Дата рождения не может быть в будущем. СНИЛС указан неверно (не сходится контрольное число).',
    );
    const { rows } = await withClient(sut.database.url, (c) =>
      c.query(`select 1 from person where last_name = 'Будущев'`),
    );
    expect(rows).toEqual([]);
  });
});
