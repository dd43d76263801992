import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SCHOOL } from '@dnevnik/contracts';
import { op } from './generated/index.js';
import { startStack, type Operation, type Stack } from './harness.js';
import { P } from './school-fixture.js';

/**
 * Input at the boundary, through the gateway: text with control characters and ids that are
 * not UUIDs are the client's mistake (BAD_USER_INPUT), never an internal error, and the service
 * that received them goes on answering.
 */
let stack: Stack;
let parent: string;
let teacher: string;

const codeOf = (res: { errors?: { extensions?: { code?: string } }[] }) =>
  res.errors?.[0]?.extensions?.code;

beforeAll(async () => {
  stack = await startStack({ messaging: {} });
  parent = await stack.login('ivanov.parent');
  teacher = await stack.login('math');
}, 240_000);

afterAll(() => stack?.stop());

describe('input policy of every subgraph', () => {
  const START = op(
    `mutation HardeningStartThread($i: StartThreadInput!) { startThread(input: $i) { id } }`,
  );

  it('refuses a NUL byte in a message body and keeps messaging up', async () => {
    const bad = await stack.gql(
      START,
      {
        i: {
          schoolId: DEMO_SCHOOL.schoolId,
          memberIds: [P.mathTeacher],
          body: 'Здравствуйте\u0000!',
        },
      },
      parent,
    );
    expect(bad.status).toBe(200);
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.message).toMatch(/«body».*управляющие символы/);
    // Messaging answers on, and takes the same kind of text without the NUL.
    const prefs = await stack.gql(
      op(
        `mutation HardeningSetNotificationPreferences($i: NotificationPreferencesInput!) { setNotificationPreferences(input: $i) { email } }`,
      ),
      { i: { email: 'parent@example.ru' } },
      parent,
    );
    expect(prefs.errors).toBeUndefined();
    expect(prefs.data).toEqual({ setNotificationPreferences: { email: 'parent@example.ru' } });
  });

  it('refuses over-long text with a readable limit', async () => {
    const res = await stack.gql(
      START,
      {
        i: {
          schoolId: DEMO_SCHOOL.schoolId,
          memberIds: [P.mathTeacher],
          subject: 'а'.repeat(20_001),
          body: 'Здравствуйте!',
        },
      },
      parent,
    );
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/не более 20000 знаков/);
  });

  // Each query answers something else; only its errors are read.
  it.each<[string, Operation<unknown, Record<string, never>>]>([
    ['identity', op(`query HardeningPerson { person(id: "1 or 1=1") { id } }`)],
    ['curriculum', op(`query HardeningSchool { school(id: "school-1") { id } }`)],
    [
      'gradebook',
      op(`query HardeningJournal { journal(assignmentId: "x", periodId: "y") { hoursPerWeek } }`),
    ],
    [
      'attendance',
      op(
        `query HardeningClassAttendanceMonth { classAttendanceMonth(classId: "7а", month: "2026-09") { from } }`,
      ),
    ],
    ['messaging', op(`query HardeningThread { thread(id: "42") { id } }`)],
  ])('refuses an id that is not a UUID in %s with BAD_USER_INPUT', async (_service, query) => {
    const res = await stack.gql(query, {}, teacher);
    expect(res.status).toBe(200);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/UUID/);
  });

  it('refuses a bad id inside a variable list as well', async () => {
    const res = await stack.gql(
      START,
      {
        i: {
          schoolId: DEMO_SCHOOL.schoolId,
          memberIds: [P.mathTeacher, 'nobody'],
          body: 'Добрый день',
        },
      },
      parent,
    );
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/«memberIds»/);
  });

  it('a request too large for a subgraph does not break the next one on the same connection', async () => {
    // 2 MiB passes the gateway's body limit and exceeds identity's 1 MiB: identity answers 413
    // with the rest of the body unread, and must close that connection rather than reuse it.
    const huge = await stack.gql(
      op(`mutation HardeningLogin($i: LoginInput!) { login(input: $i) { accessToken } }`),
      {
        i: { login: 'x'.repeat(2 * 1024 * 1024), password: 'y' },
      },
    );
    expect(huge.errors?.length).toBeGreaterThan(0);
    for (let i = 0; i < 3; i++) expect(await stack.login('math')).toMatch(/\./);
  });
});
