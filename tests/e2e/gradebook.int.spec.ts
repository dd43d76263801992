import { Kafka } from 'kafkajs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createViewerSigner, VIEWER_HEADER } from '@dnevnik/auth';
import { createGraphClient } from '@dnevnik/archive';
import { DEMO_SCHOOL } from '@dnevnik/contracts';
import { withClient } from '@dnevnik/database/testing';
import type { SetFinalInput } from './generated/graphql.js';
import { op } from './generated/index.js';
import { KAFKA_BROKERS, postGraphQL, startStack, type Stack } from './harness.js';
import { waitForRow } from './probes.js';
import { buildSchool, MONDAY, P, type SchoolFixture } from './school-fixture.js';

let stack: Stack;
let admin: string;
let id: SchoolFixture['id'];
let ok: SchoolFixture['ok'];
let math: string;
let monday7a: string;
let monday7b: string;

const POST = op(
  `mutation GradebookPost($i: PostMarkInput!) { postMark(input: $i) { id value timing current } }`,
);

const gradebookKnows = (sql: string, params: unknown[]) =>
  waitForRow(stack.gradebookDb.url, sql, params);

beforeAll(async () => {
  stack = await startStack({ now: MONDAY });
  ({ admin, id, ok } = await buildSchool(stack));
  await ok(
    op(`mutation GradebookGenerateLessons($y: ID!) { generateLessons(yearId: $y) { created } }`),
    { y: id('year') },
    admin,
  );
  const lessons = (c: string) =>
    ok(
      op(
        `query GradebookClassTimetable($c: ID!) { classTimetable(classId: $c, from: "2026-11-23", to: "2026-11-23") { id } }`,
      ),
      { c },
      admin,
    ).then((r) => r.classTimetable![0]!.id);
  monday7a = await lessons(id('7А'));
  monday7b = await lessons(id('7Б'));
  math = await stack.login('math');
  await gradebookKnows('select 1 from rm_lesson where id = $1', [monday7a]);
  await gradebookKnows('select 1 from rm_assignment where id = $1', [id('assignment')]);
  await gradebookKnows('select 1 from rm_assignment where id = $1', [id('assignment7b')]);
  // Enrolment events are keyed by student, so they arrive on different partitions: wait for
  // each, in this run's classes (the topics also hold earlier runs' events for the same people).
  for (const [student, cls] of [
    [P.petya, '7А'],
    [P.anya, '7Б'],
  ] as const) {
    await gradebookKnows('select 1 from rm_enrolment where student_id = $1 and class_id = $2', [
      student,
      id(cls),
    ]);
  }
  await gradebookKnows('select 1 from rm_school where id = $1', [DEMO_SCHOOL.schoolId]);
  await gradebookKnows('select 1 from rm_guardianship where parent_id = $1', [P.smirnovaParent]);
});
afterAll(() => stack?.stop());

describe('posting marks (M1–M5, A5)', () => {
  it('lets the lesson’s teacher mark a student of that class on the lesson day', async () => {
    const res = await ok(
      POST,
      { i: { lessonId: monday7a, studentId: P.petya, workType: 'answer', value: '4' } },
      math,
    );
    expect(res.postMark).toMatchObject({ value: '4', timing: 'ON_TIME', current: true });
  });

  it('refuses a teacher who does not teach the class, and a student of another class', async () => {
    const other = await stack.gql(
      POST,
      { i: { lessonId: monday7a, studentId: P.petya, workType: 'answer', value: '5' } },
      await stack.login('russian'),
    );
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const wrongClass = await stack.gql(
      POST,
      { i: { lessonId: monday7a, studentId: P.anya, workType: 'answer', value: '5' } },
      math,
    );
    expect(wrongClass.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const badValue = await stack.gql(
      POST,
      { i: { lessonId: monday7a, studentId: P.petya, workType: 'answer', value: '6' } },
      math,
    );
    expect(badValue.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses marks for a lesson that has not happened yet and after the deadline', async () => {
    const wednesday = await ok(
      op(
        `query GradebookClassTimetable2($c: ID!) { classTimetable(classId: $c, from: "2026-11-25", to: "2026-11-25") { id } }`,
      ),
      { c: id('7А') },
      admin,
    );
    await gradebookKnows('select 1 from rm_lesson where id = $1', [
      wednesday.classTimetable![0]!.id,
    ]);
    const early = await stack.gql(
      POST,
      {
        i: {
          lessonId: wednesday.classTimetable![0]!.id,
          studentId: P.petya,
          workType: 'answer',
          value: '5',
        },
      },
      math,
    );
    expect(early.errors?.[0]?.extensions?.code).toBe('DEADLINE_PASSED');
    stack.clock.now = new Date('2026-11-23T19:30:00Z'); // 00:30 on Tuesday in Yekaterinburg
    try {
      const late = await stack.gql(
        POST,
        { i: { lessonId: monday7a, studentId: P.petya, workType: 'answer', value: '5' } },
        math,
      );
      expect(late.errors?.[0]?.extensions?.code).toBe('DEADLINE_PASSED');
      // The deputy director's permission lets the teacher enter it, flagged late and approved.
      const teacherPermit = await stack.gql(
        op(
          `mutation GradebookPermitLateEntry($l: ID!) { permitLateEntry(lessonId: $l, reason: "Учитель болел, справка") { id } }`,
        ),
        { l: monday7a },
        math,
      );
      expect(teacherPermit.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      await ok(
        op(
          `mutation GradebookPermitLateEntry2($l: ID!) { permitLateEntry(lessonId: $l, reason: "Учитель болел, справка") { validUntil } }`,
        ),
        { l: monday7a },
        await stack.login('zavuch'),
      );
      const permitted = await ok(
        op(
          `mutation GradebookPostMark($i: PostMarkInput!) { postMark(input: $i) { timing approvedBy { id } } }`,
        ),
        { i: { lessonId: monday7a, studentId: P.petya, workType: 'answer', value: '5' } },
        math,
      );
      expect(permitted.postMark).toEqual({ timing: 'LATE', approvedBy: { id: P.deputy } });
      const written = await ok(
        POST,
        { i: { lessonId: monday7a, studentId: P.petya, workType: 'control', value: '3' } },
        math,
      );
      expect(written.postMark.timing).toBe('ON_TIME'); // written works: within a week
    } finally {
      stack.clock.now = MONDAY;
    }
  });

  it('refuses marks in grade 1 (M3)', async () => {
    const c1 = (
      await ok(
        op(
          `mutation GradebookCreateClass($y: ID!) { createClass(yearId: $y, grade: 1, letter: "А") { id } }`,
        ),
        { y: id('year') },
        admin,
      )
    ).createClass.id;
    const a = (
      await ok(
        op(
          `mutation GradebookAssignTeacher($y: ID!, $t: ID!, $s: ID!, $c: ID!) { assignTeacher(yearId: $y, teacherId: $t, subjectId: $s, classId: $c, startsOn: "2026-09-01") { id } }`,
        ),
        { y: id('year'), t: P.mathTeacher, s: id('algebra'), c: c1 },
        admin,
      )
    ).assignTeacher.id;
    await ok(
      op(
        `mutation GradebookSetTimetableSlot($a: ID!) { setTimetableSlot(assignmentId: $a, weekday: 1, lessonNumber: 5, validFrom: "2026-09-01") { id } }`,
      ),
      { a },
      admin,
    );
    await ok(
      op(
        `mutation GradebookMoveStudent($s: ID!, $c: ID!) { moveStudent(studentId: $s, toClassId: $c, onDate: "2026-09-01", order: "Приказ № 1") { id } }`,
      ),
      { s: P.masha, c: c1 },
      admin,
    );
    await ok(
      op(`mutation GradebookGenerateLessons($y: ID!) { generateLessons(yearId: $y) { created } }`),
      { y: id('year') },
      admin,
    );
    const lesson = (
      await ok(
        op(
          `query GradebookClassTimetable($c: ID!) { classTimetable(classId: $c, from: "2026-11-23", to: "2026-11-23") { id } }`,
        ),
        { c: c1 },
        admin,
      )
    ).classTimetable![0]!.id;
    await gradebookKnows(
      'select 1 from rm_lesson l join rm_class c on c.id = l.class_id where l.id = $1',
      [lesson],
    );
    await gradebookKnows('select 1 from rm_enrolment where student_id = $1 and class_id = $2', [
      P.masha,
      c1,
    ]);
    const res = await stack.gql(
      POST,
      { i: { lessonId: lesson, studentId: P.masha, workType: 'answer', value: '5' } },
      math,
    );
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(res.errors?.[0]?.message).toMatch(/1-м классе отметки не выставляются/);
  });

  it('publishes one gradebook.mark.posted event per mark', async () => {
    const posted = await ok(
      POST,
      { i: { lessonId: monday7a, studentId: P.petya, workType: 'homework', value: '5' } },
      math,
    );
    const kafka = new Kafka({
      clientId: 'e2e-gradebook',
      brokers: KAFKA_BROKERS.split(','),
      logLevel: 0,
    });
    const consumer = kafka.consumer({ groupId: `e2e-marks-${Date.now()}` });
    const seen: string[] = [];
    await consumer.connect();
    await consumer.subscribe({ topic: 'gradebook.mark.v1', fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        const event = JSON.parse(String(message.value));
        if (event.data.markId === posted.postMark.id) seen.push(event.type);
      },
    });
    try {
      await vi.waitFor(() => expect(seen).toEqual(['gradebook.mark.posted']), {
        timeout: 30_000,
        interval: 250,
      });
      await new Promise((r) => setTimeout(r, 1000));
      expect(seen).toEqual(['gradebook.mark.posted']);
    } finally {
      await consumer.disconnect();
    }
  });
});

describe('no correction, no silent change (M4, G1)', () => {
  it('refuses UPDATE and DELETE of marks at the database', async () => {
    await withClient(stack.gradebookDb.url, async (c) => {
      await expect(c.query(`update mark set value = '5'`)).rejects.toThrow(/insert-only/);
      await expect(c.query(`delete from mark`)).rejects.toThrow(/insert-only/);
      await c.query('set role gradebook_writer');
      await expect(c.query(`update mark set value = '5'`)).rejects.toThrow(
        /permission denied|insert-only/,
      );
    });
  });

  it('corrects a mark as a new record within 7 days, later only through the deputy', async () => {
    const original = await ok(
      POST,
      { i: { lessonId: monday7a, studentId: P.petya, workType: 'test', value: '2' } },
      math,
    );
    const fixed = await ok(
      op(
        `mutation GradebookCorrectMark($m: ID!) { correctMark(markId: $m, value: "3", reason: "Ошибка ввода: в тетради «3»") { value replaces { id value current } correctionReason } }`,
      ),
      { m: original.postMark.id },
      math,
    );
    expect(fixed.correctMark).toEqual({
      value: '3',
      replaces: { id: original.postMark.id, value: '2', current: false },
      correctionReason: 'Ошибка ввода: в тетради «3»',
    });

    const another = await ok(
      POST,
      { i: { lessonId: monday7a, studentId: P.petya, workType: 'essay', value: '4' } },
      math,
    );
    stack.clock.now = new Date('2026-12-02T08:00:00Z'); // nine days later
    try {
      const tooLate = await stack.gql(
        op(
          `mutation GradebookCorrectMark2($m: ID!) { correctMark(markId: $m, value: "5", reason: "Пересмотр работы") { id } }`,
        ),
        { m: another.postMark.id },
        math,
      );
      expect(tooLate.errors?.[0]?.extensions?.code).toBe('DEADLINE_PASSED');
      const deputy = await ok(
        op(
          `mutation GradebookCorrectMark3($m: ID!) { correctMark(markId: $m, value: "5", reason: "Апелляция, решение комиссии") { value approvedBy { id } } }`,
        ),
        { m: another.postMark.id },
        await stack.login('zavuch'),
      );
      expect(deputy.correctMark).toEqual({ value: '5', approvedBy: { id: P.deputy } });
    } finally {
      stack.clock.now = MONDAY;
    }
  });

  it('detects a mark edited behind the service’s back', async () => {
    const director = await stack.login('director');
    const verify = () =>
      ok(
        op(
          `query GradebookVerifyJournal($a: ID!) { verifyJournal(assignmentId: $a) { ok checked firstBrokenMarkId reason } }`,
        ),
        { a: id('assignment') },
        director,
      );
    expect((await verify()).verifyJournal!.ok).toBe(true);
    const victim = await withClient(stack.gradebookDb.url, async (c) => {
      const { rows } = await c.query(`select id from mark order by seq limit 1 offset 1`);
      await c.query('set session_replication_role = replica');
      await c.query(
        `update mark set value = case when value = '2' then '3' else '2' end, numeric = case when value = '2' then 3 else 2 end where id = $1`,
        [rows[0].id],
      );
      return rows[0].id as string;
    });
    expect((await verify()).verifyJournal).toMatchObject({
      ok: false,
      firstBrokenMarkId: victim,
      reason: 'hash-mismatch',
    });
  });
});

describe('who reads marks (A7, A8)', () => {
  it('refuses a parent another child’s marks through a root field', async () => {
    await ok(
      POST,
      { i: { lessonId: monday7b, studentId: P.anya, workType: 'answer', value: '5' } },
      math,
    );
    const parent = await stack.login('ivanov.parent');
    const own = await ok(
      op(
        `query GradebookStudentMarks($s: ID!) { studentMarks(studentId: $s, from: "2026-11-01", to: "2026-11-30") { value } }`,
      ),
      { s: P.petya },
      parent,
    );
    expect(own.studentMarks!.length).toBeGreaterThan(0);
    const other = await stack.gql(
      op(
        `query GradebookStudentMarks($s: ID!) { studentMarks(studentId: $s, from: "2026-11-01", to: "2026-11-30") { value } }`,
      ),
      { s: P.anya },
      parent,
    );
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('shows a parent only their own child’s marks through _entities', async () => {
    const sign = await createViewerSigner(stack.gatewayKeys.privateKeyPem);
    const assertion = await sign({
      viewer: {
        kind: 'person',
        personId: P.ivanovParent,
        sessionId: 's',
        authMethod: 'password',
        roles: [{ role: 'parent', schoolId: DEMO_SCHOOL.schoolId, classId: null, regionId: null }],
      },
      source: { ip: null, userAgent: null },
      requestId: 'entities-marks',
    });
    // gradebook's own schema, not the gateway's: _entities is typed here by hand.
    const res = await postGraphQL<{
      _entities: { marks: { student: { id: string }; value: string }[] }[];
    }>(
      stack.gradebookUrl,
      {
        query:
          'query($r: [_Any!]!) { _entities(representations: $r) { ... on Lesson { marks { student { id } value } } } }',
        variables: {
          r: [
            { __typename: 'Lesson', id: monday7b },
            { __typename: 'Lesson', id: monday7a },
          ],
        },
      },
      { [VIEWER_HEADER]: assertion },
    );
    const [lesson7b, lesson7a] = res.data!._entities;
    expect(lesson7b!.marks).toEqual([]);
    expect(lesson7a!.marks.every((m) => m.student.id === P.petya)).toBe(true);
    expect(lesson7a!.marks.length).toBeGreaterThan(0);
  });
});

describe('the diary and the forecast (M8, M9)', () => {
  it('gives a parent a week of lessons with topics, homework and marks in one query', async () => {
    const parent = await stack.login('ivanov.parent');
    await vi.waitFor(
      async () => {
        const res = await ok(
          op(
            `query GradebookMyTimetable { myTimetable(from: "2026-11-23", to: "2026-11-29") { id } }`,
          ),
          {},
          parent,
        );
        expect(res.myTimetable!.length).toBeGreaterThan(0);
      },
      { timeout: 30_000, interval: 300 },
    );
    const diary = await ok(
      op(
        `query GradebookMyTimetable2 { myTimetable(from: "2026-11-23", to: "2026-11-29") { date subject { name } topic homework { text } marks { value workType student { firstName } } } }`,
      ),
      {},
      parent,
    );
    const monday = diary.myTimetable!.find((l) => l.date === '2026-11-23')!;
    expect(monday.subject.name).toBe('Алгебра');
    expect(monday.marks!.length).toBeGreaterThan(0);
    expect(monday.marks!.every((m) => m.student.firstName === 'Пётр')).toBe(true);
  });

  it('forecasts the final for the student’s parent and refuses another parent', async () => {
    const parent = await stack.login('ivanov.parent');
    const res = await ok(
      op(
        `query GradebookForecast($s: ID!, $a: ID!, $p: ID!) { forecast(studentId: $s, assignmentId: $a, periodId: $p, target: 5) { predicted count required missing remainingLessons marksToReach } }`,
      ),
      { s: P.petya, a: id('assignment'), p: id('quarter2') },
      parent,
    );
    const forecast = res.forecast!;
    expect(forecast.count).toBeGreaterThan(0);
    expect(forecast.remainingLessons).toBeGreaterThan(0);
    expect(forecast.required).toBe(5);
    expect(
      forecast.marksToReach === null || forecast.marksToReach.every((v) => v >= 2 && v <= 5),
    ).toBe(true);
    const other = await stack.gql(
      op(
        `query GradebookForecast2($s: ID!, $a: ID!, $p: ID!) { forecast(studentId: $s, assignmentId: $a, periodId: $p) { predicted } }`,
      ),
      { s: P.petya, a: id('assignment'), p: id('quarter2') },
      await stack.login('smirnova.parent'),
    );
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('the journal page through the gateway', () => {
  it('shows lessons with dates and topics, students with names, marks, averages and suggested finals in one query', async () => {
    await ok(
      op(
        `mutation GradebookRecordLesson($i: RecordLessonInput!) { recordLesson(input: $i) { id } }`,
      ),
      { i: { lessonId: monday7a, topicTitle: 'Линейная функция' } },
      math,
    );
    await gradebookKnows(`select 1 from rm_period where name = '2 четверть'`, []);
    const res = await ok(
      op(`query GradebookJournal($a: ID!, $p: ID!) { journal(assignmentId: $a, periodId: $p) {
         hoursPerWeek
         period { name startsOn }
         lessons { date topic }
         rows { student { lastName firstName } marks { value workType current } average suggestedFinal enoughMarks requiredMarks }
       } }`),
      { a: id('assignment'), p: id('quarter2') },
      await stack.login('zavuch'),
    );
    const page = res.journal!;
    expect(page.period).toEqual({ name: '2 четверть', startsOn: '2026-11-04' });
    expect(page.hoursPerWeek).toBe(3);
    expect(page.lessons.find((l) => l.date === '2026-11-23')!.topic).toBe('Линейная функция');
    const petya = page.rows.find((r) => r.student.lastName === 'Иванов')!;
    expect(petya.marks.every((m) => m.current)).toBe(true);
    expect(petya.requiredMarks).toBe(5);
    expect(petya.average).toBeGreaterThan(2);
  });
});

describe('the archive reads one school, and only reads (ADR 0012)', () => {
  const JOURNAL =
    op(`query GradebookArchiveJournal($a: ID!, $p: ID!) { journal(assignmentId: $a, periodId: $p) {
     lessons { id date lessonNumber topic homework { text } attendance { student { id } status } }
     rows { student { id lastName firstName middleName } marks { id lessonDate value workType current } average final { value } }
   } }`);

  it('gets a token for its school and reads the journal page exactly as the deputy sees it', async () => {
    // The archive's own client: it gets the token, keeps it, and fails on any partial answer.
    const graph = await createGraphClient({
      gatewayUrl: stack.gatewayUrl,
      privateKeyPem: stack.archiveKeyPem,
    });
    const vars = { a: id('assignment'), p: id('quarter2') };
    const asDeputy = await ok(JOURNAL, vars, await stack.login('zavuch'));
    const asArchive = await graph.read<typeof asDeputy>(
      DEMO_SCHOOL.schoolId,
      JOURNAL.toString(),
      vars,
    );
    expect(asArchive).toEqual(asDeputy);
    expect(asArchive.journal!.rows.some((r) => r.marks.length > 0)).toBe(true);
    const archive = await stack.archiveToken(DEMO_SCHOOL.schoolId);
    const school = await ok(
      op(
        `query GradebookArchiveSchool($s: ID!) { school(id: $s) { name years { id periods { name } classes { name } } } }`,
      ),
      { s: DEMO_SCHOOL.schoolId },
      archive,
    );
    expect(school.school!.years[0]!.classes.map((c) => c.name)).toEqual(
      expect.arrayContaining(['7А', '7Б']),
    );
  });

  it('is refused another school, every mutation, and is nobody in `me`', async () => {
    const elsewhere = await stack.archiveToken('0b6f1f0e-2c4a-4d1e-9a0b-1c2d3e4f5a6b');
    const page = await stack.gql(JOURNAL, { a: id('assignment'), p: id('quarter2') }, elsewhere);
    expect(page.data?.journal ?? null).toBeNull();
    expect(page.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const archive = await stack.archiveToken(DEMO_SCHOOL.schoolId);
    const post = await stack.gql(
      op(`mutation GradebookArchivePost($i: PostMarkInput!) { postMark(input: $i) { id } }`),
      { i: { lessonId: monday7a, studentId: P.petya, value: '5', workType: 'oral' } },
      archive,
    );
    expect(post.data).toBeNull();
    expect(['UNAUTHENTICATED', 'FORBIDDEN']).toContain(post.errors?.[0]?.extensions?.code);
    const me = await stack.gql(
      op(`query GradebookArchiveMe { me { person { id } } }`),
      {},
      archive,
    );
    expect(me.data).toEqual({ me: null });
  });
});

describe('finals (M6, M7, A4)', () => {
  it('lets only the class teacher set finals, refuses «н/а», refuses too few marks, and accepts a deferral', async () => {
    const input = (extra: Partial<SetFinalInput>) => ({
      i: {
        studentId: P.petya,
        assignmentId: id('assignment'),
        periodId: id('quarter2'),
        kind: 'PERIOD' as const,
        ...extra,
      },
    });
    const SET = op(
      `mutation GradebookSetFinal($i: SetFinalInput!) { setFinal(input: $i) { value deferredReason deferredUntil timing suggested } }`,
    );
    const teacher = await stack.gql(SET, input({ value: '4' }), math);
    expect(teacher.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await ok(
      op(`mutation GradebookGrantRole($i: GrantRoleInput!) { grantRole(input: $i) { id } }`),
      {
        i: {
          personId: P.russianTeacher,
          role: 'CLASS_TEACHER',
          schoolId: DEMO_SCHOOL.schoolId,
          classId: id('7А'),
        },
      },
      admin,
    );
    const classTeacher = await stack.login('russian');
    const na = await stack.gql(SET, input({ value: 'н/а' }), classTeacher);
    expect(na.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const periods = await ok(
      op(`query GradebookSchool($s: ID!) { school(id: $s) { years { periods { id name } } } }`),
      { s: DEMO_SCHOOL.schoolId },
      admin,
    );
    const quarter1 = periods.school!.years[0]!.periods.find((p) => p.name === '1 четверть')!.id;
    const few = await stack.gql(SET, input({ periodId: quarter1, value: '4' }), classTeacher);
    expect(few.errors?.[0]?.message).toMatch(/Недостаточно отметок для итоговой: 0 из 5/);
    const deferred = await ok(
      SET,
      input({ periodId: quarter1, deferReason: 'Болезнь, справка № 45', deferUntil: '2027-01-20' }),
      classTeacher,
    );
    expect(deferred.setFinal).toMatchObject({
      value: null,
      deferredReason: 'Болезнь, справка № 45',
      deferredUntil: '2027-01-20',
    });
    // With enough marks in quarter 2 the final is accepted, with the suggestion it was set against.
    for (const value of ['5', '4', '5', '4', '5']) {
      await ok(
        POST,
        { i: { lessonId: monday7a, studentId: P.petya, workType: 'answer', value } },
        math,
      );
    }
    const set = await ok(SET, input({ value: '4' }), classTeacher);
    expect(set.setFinal).toMatchObject({ value: '4', timing: 'EARLY' });
    expect(set.setFinal!.suggested).toBeGreaterThanOrEqual(3);
  });
});
