import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createGateway, loadGatewayEnv, type Gateway } from '@dnevnik/gateway';
import { createLogger } from '@dnevnik/logging';
import type { PartialDiaryQuery, PartialJournalQuery } from './generated/graphql.js';
import { op } from './generated/index.js';
import { postGraphQL, startStack, type GqlResponse, type Stack } from './harness.js';
import { waitForRow } from './probes.js';
import { buildSchool, MONDAY, P, type SchoolFixture } from './school-fixture.js';

/**
 * G3: one subgraph down leaves the rest of the screen. With each subgraph unreachable in turn,
 * the diary and the journal page still come back, with the missing part null and an error entry
 * SUBGRAPH_UNAVAILABLE that names the service.
 */
let stack: Stack;
let fixture: SchoolFixture;
let parent: string;
let zavuch: string;
let lessonId: string;
const silent = createLogger({ source: 'e2e', level: 'silent' });
// A port nothing listens on: the gateway's route to a service that is down.
const DOWN = 'http://127.0.0.1:9/graphql';

const DIARY = op(`query PartialDiary { myTimetable(from: "2026-11-23", to: "2026-11-29") {
  id date subject { name } teacher { lastName } marks { value } attendance { status } } }`);
const JOURNAL = op(`query PartialJournal($a: ID!, $p: ID!) {
  me { roles { role } }
  journal(assignmentId: $a, periodId: $p) {
    lessons { id date marks { value } attendance { status } }
    rows { student { lastName } } } }`);
type DiaryLesson = NonNullable<PartialDiaryQuery['myTimetable']>[number];
type JournalPage = NonNullable<PartialJournalQuery['journal']>;

type Down = 'identity' | 'curriculum' | 'gradebook' | 'attendance';

/** A second gateway over the same subgraphs, with the route to one of them leading nowhere. */
async function gatewayWithout(down: Down): Promise<{ gateway: Gateway; url: string }> {
  const urls: Record<Down, string> = {
    identity: stack.identityUrl,
    curriculum: stack.curriculumUrl,
    gradebook: stack.gradebookUrl,
    attendance: stack.attendanceUrl,
  };
  urls[down] = DOWN;
  const identityBase = stack.identityUrl.replace(/\/graphql$/, '');
  const gateway = await createGateway({
    env: loadGatewayEnv({
      NODE_ENV: 'test',
      GATEWAY_PORT: '0',
      SUBGRAPH_URLS: Object.entries(urls)
        .map(([name, url]) => `${name}=${url}`)
        .join(','),
      // Tokens and revocations still come from identity itself: this gateway only loses the
      // route to identity's GraphQL, as when that pod is down behind a working key cache.
      IDENTITY_JWKS_URL: `${identityBase}/.well-known/jwks.json`,
      REVOCATION_FEED_URL: `${identityBase}/internal/revocations`,
      SUBGRAPH_TIMEOUT_MS: '3000',
    }),
    logger: silent,
    signingKeyPem: stack.gatewayKeys.privateKeyPem,
  });
  return { gateway, url: (await gateway.start()).url };
}

const unavailable = (res: GqlResponse<unknown>) =>
  (res.errors ?? [])
    .filter((e) => e.extensions?.code === 'SUBGRAPH_UNAVAILABLE')
    .map((e) => e.extensions?.serviceName);

beforeAll(async () => {
  stack = await startStack({ now: MONDAY });
  fixture = await buildSchool(stack);
  const math = await stack.login('math');
  await fixture.ok(
    op(`mutation PartialGenerateLessons($y: ID!) { generateLessons(yearId: $y) { created } }`),
    { y: fixture.id('year') },
    fixture.admin,
  );
  const lessons = await fixture.ok(
    op(
      `query PartialClassTimetable($c: ID!) { classTimetable(classId: $c, from: "2026-11-23", to: "2026-11-23") { id } }`,
    ),
    { c: fixture.id('7А') },
    fixture.admin,
  );
  lessonId = lessons.classTimetable![0]!.id;
  await waitForRow(stack.gradebookDb.url, 'select 1 from rm_lesson where id = $1', [lessonId]);
  await waitForRow(stack.attendanceDb.url, 'select 1 from rm_lesson where id = $1', [lessonId]);
  for (const url of [stack.gradebookDb.url, stack.attendanceDb.url])
    await waitForRow(url, 'select 1 from rm_enrolment where student_id = $1 and class_id = $2', [
      P.petya,
      fixture.id('7А'),
    ]);
  await vi.waitFor(
    () =>
      fixture.ok(
        op(`mutation PartialPostMark($i: PostMarkInput!) { postMark(input: $i) { id } }`),
        { i: { lessonId, studentId: P.petya, workType: 'answer', value: '5' } },
        math,
      ),
    { timeout: 30_000, interval: 500 },
  );
  await vi.waitFor(
    () =>
      fixture.ok(
        op(
          `mutation PartialRecordAttendance($l: ID!, $e: [AttendanceEntryInput!]!) { recordAttendance(lessonId: $l, entries: $e) { id } }`,
        ),
        { l: lessonId, e: [{ studentId: P.petya, status: 'ABSENT' }] },
        math,
      ),
    { timeout: 30_000, interval: 500 },
  );
  parent = await stack.login('ivanov.parent');
  zavuch = await stack.login('zavuch');
  await waitForRow(stack.gradebookDb.url, 'select 1 from rm_period where id = $1', [
    fixture.id('quarter2'),
  ]);
}, 240_000);

afterAll(() => stack?.stop());

describe('the diary and the journal page with one subgraph down (G3)', () => {
  it('show everything when every subgraph answers', async () => {
    const diary = await stack.gql(DIARY, {}, parent);
    expect(diary.errors).toBeUndefined();
    const monday = diary.data!.myTimetable!.find((l) => l.id === lessonId);
    expect(monday).toMatchObject({
      subject: { name: 'Алгебра' },
      teacher: { lastName: 'Лебедев' },
      marks: [{ value: '5' }],
      attendance: [{ status: 'ABSENT' }],
    });
  });

  it.each([
    [
      'attendance',
      (l: DiaryLesson) => expect(l).toMatchObject({ marks: [{ value: '5' }], attendance: null }),
    ],
    [
      'gradebook',
      (l: DiaryLesson) =>
        expect(l).toMatchObject({ marks: null, attendance: [{ status: 'ABSENT' }] }),
    ],
    [
      'identity',
      (l: DiaryLesson) =>
        expect(l).toMatchObject({ teacher: { lastName: null }, marks: [{ value: '5' }] }),
    ],
  ] as const)('diary without %s: the rest of the week is there', async (down, check) => {
    const { gateway, url } = await gatewayWithout(down);
    try {
      const res = await postGraphQL(url, { query: DIARY }, { authorization: `Bearer ${parent}` });
      expect(res.status).toBe(200);
      const monday = res.data!.myTimetable!.find((l) => l.id === lessonId)!;
      expect(monday.subject).toEqual({ name: 'Алгебра' });
      check(monday);
      expect(unavailable(res)).toContain(down);
      expect(res.errors!.map((e) => e.extensions?.code)).not.toContain('INTERNAL_SERVER_ERROR');
    } finally {
      await gateway.stop();
    }
  });

  it('diary without curriculum: the timetable is missing and says why', async () => {
    const { gateway, url } = await gatewayWithout('curriculum');
    try {
      const res = await postGraphQL(url, { query: DIARY }, { authorization: `Bearer ${parent}` });
      expect(res.status).toBe(200);
      expect(res.data).toEqual({ myTimetable: null });
      expect(unavailable(res)).toEqual(['curriculum']);
    } finally {
      await gateway.stop();
    }
  });

  it.each([
    [
      'attendance',
      (j: JournalPage) =>
        expect(j.lessons.find((l) => l.id === lessonId)).toMatchObject({
          marks: [{ value: '5' }],
          attendance: null,
        }),
    ],
    ['identity', (j: JournalPage) => expect(j.rows[0]!.student).toEqual({ lastName: null })],
  ] as const)('journal page without %s: marks are there', async (down, check) => {
    const { gateway, url } = await gatewayWithout(down);
    try {
      const res = await postGraphQL(
        url,
        { query: JOURNAL, variables: { a: fixture.id('assignment'), p: fixture.id('quarter2') } },
        { authorization: `Bearer ${zavuch}` },
      );
      expect(res.status).toBe(200);
      check(res.data!.journal!);
      expect(unavailable(res)).toContain(down);
    } finally {
      await gateway.stop();
    }
  });

  it('journal page without gradebook: the other root fields still answer', async () => {
    const { gateway, url } = await gatewayWithout('gradebook');
    try {
      const res = await postGraphQL(
        url,
        { query: JOURNAL, variables: { a: fixture.id('assignment'), p: fixture.id('quarter2') } },
        { authorization: `Bearer ${zavuch}` },
      );
      expect(res.data!.journal).toBeNull();
      expect(res.data!.me!.roles!.length).toBeGreaterThan(0);
      expect(unavailable(res)).toEqual(['gradebook']);
    } finally {
      await gateway.stop();
    }
  });

  it('the region’s overview: `me` answers even when a report is refused', async () => {
    const region = await stack.login('region');
    const res = await stack.gql(
      op(
        `query PartialMe($s: ID!) { me { roles { role } } schoolAttendance(schoolId: $s, from: "2026-11-01", to: "2026-11-30") { shareMissed } }`,
      ),
      { s: '01930000-0000-7000-8000-000000000010' },
      region,
    );
    expect(res.data?.me?.roles?.length).toBeGreaterThan(0);
  });
});
