import { Kafka } from 'kafkajs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEMO_SCHOOL } from '@dnevnik/contracts';
import { withClient } from '@dnevnik/database/testing';
import { KAFKA_BROKERS, startStack, type Stack } from './harness.js';

// Monday 23 November 2026, 13:00 in Yekaterinburg (UTC+5).
const MONDAY = new Date('2026-11-23T08:00:00Z');
const P = DEMO_SCHOOL.people;
const HOLIDAYS = [
  ['2026-10-26', '2026-11-03'],
  ['2026-12-29', '2027-01-08'],
  ['2027-03-23', '2027-03-31'],
] as const;

let stack: Stack;
let admin: string;
const ids: Record<string, string> = {};
const id = (key: string): string => {
  const value = ids[key];
  if (!value) throw new Error(`fixture ${key} missing`);
  return value;
};

async function ok<T = any>(
  query: string,
  variables: Record<string, unknown>,
  token: string,
): Promise<T> {
  const res = await stack.gql<T>(query, variables, token);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data as T;
}

beforeAll(async () => {
  stack = await startStack({ now: MONDAY });
  // Schools are registered by the region; the test plays that part with a row of its own.
  await withClient(stack.curriculumDb.url, (c) =>
    c.query(
      `insert into school (id, region_id, name, time_zone, working_weekdays, created_at)
       values ($1, $2, 'Тестовая школа', 'Asia/Yekaterinburg', '[1,2,3,4,5]', now())`,
      [DEMO_SCHOOL.schoolId, DEMO_SCHOOL.regionId],
    ),
  );
  admin = await stack.login('admin');
  const year = await ok(
    `mutation($s: ID!, $p: [PeriodInput!]!) { createAcademicYear(schoolId: $s, name: "2026/2027", startsOn: "2026-09-01", endsOn: "2027-05-31", periods: $p) { id periods { id name kind } } }`,
    {
      s: DEMO_SCHOOL.schoolId,
      p: [
        { kind: 'QUARTER', name: '1 четверть', startsOn: '2026-09-01', endsOn: '2026-10-25' },
        {
          kind: 'HOLIDAY',
          name: 'Осенние каникулы',
          startsOn: HOLIDAYS[0][0],
          endsOn: HOLIDAYS[0][1],
        },
        { kind: 'QUARTER', name: '2 четверть', startsOn: '2026-11-04', endsOn: '2026-12-28' },
        {
          kind: 'HOLIDAY',
          name: 'Зимние каникулы',
          startsOn: HOLIDAYS[1][0],
          endsOn: HOLIDAYS[1][1],
        },
        { kind: 'QUARTER', name: '3 четверть', startsOn: '2027-01-09', endsOn: '2027-03-22' },
        {
          kind: 'HOLIDAY',
          name: 'Весенние каникулы',
          startsOn: HOLIDAYS[2][0],
          endsOn: HOLIDAYS[2][1],
        },
        { kind: 'QUARTER', name: '4 четверть', startsOn: '2027-04-01', endsOn: '2027-05-31' },
      ],
    },
    admin,
  );
  ids.year = year.createAcademicYear.id;
  ids.quarter2 = year.createAcademicYear.periods.find((p: any) => p.name === '2 четверть').id;
  for (const letter of ['А', 'Б']) {
    const c = await ok(
      `mutation($y: ID!, $l: String!) { createClass(yearId: $y, grade: 7, letter: $l) { id name } }`,
      { y: ids.year, l: letter },
      admin,
    );
    ids[`7${letter}`] = c.createClass.id;
  }
  ids.algebra = (
    await ok(
      `mutation($s: ID!) { createSubject(schoolId: $s, name: "Алгебра") { id } }`,
      { s: DEMO_SCHOOL.schoolId },
      admin,
    )
  ).createSubject.id;
  await ok(
    `mutation($y: ID!, $s: ID!) { setCurriculumItem(yearId: $y, grade: 7, subjectId: $s, hoursPerWeek: 3, hoursPerYear: 102) { id } }`,
    { y: ids.year, s: ids.algebra },
    admin,
  );
  ids.assignment = (
    await ok(
      `mutation($y: ID!, $t: ID!, $s: ID!, $c: ID!) { assignTeacher(yearId: $y, teacherId: $t, subjectId: $s, classId: $c, startsOn: "2026-09-01") { id } }`,
      { y: ids.year, t: P.mathTeacher, s: ids.algebra, c: ids['7А'] },
      admin,
    )
  ).assignTeacher.id;
  ids.assignment7b = (
    await ok(
      `mutation($y: ID!, $t: ID!, $s: ID!, $c: ID!) { assignTeacher(yearId: $y, teacherId: $t, subjectId: $s, classId: $c, startsOn: "2026-09-01") { id } }`,
      { y: ids.year, t: P.mathTeacher, s: ids.algebra, c: ids['7Б'] },
      admin,
    )
  ).assignTeacher.id;
  for (const [a, weekday, n] of [
    [ids.assignment, 1, 1],
    [ids.assignment, 3, 2],
    [ids.assignment, 5, 3],
    [ids.assignment7b, 1, 2],
  ] as const) {
    await ok(
      `mutation($a: ID!, $w: Int!, $n: Int!) { setTimetableSlot(assignmentId: $a, weekday: $w, lessonNumber: $n, room: "207", validFrom: "2026-09-01") { id } }`,
      { a, w: weekday, n },
      admin,
    );
  }
  await ok(
    `mutation($s: ID!) { setBellSchedule(schoolId: $s, bells: [{lessonNumber: 1, startsAt: "08:30", endsAt: "09:10"}, {lessonNumber: 2, startsAt: "09:20", endsAt: "10:00"}]) { lessonNumber } }`,
    { s: DEMO_SCHOOL.schoolId },
    admin,
  );
  for (const [student, cls] of [
    [P.petya, '7А'],
    [P.anya, '7Б'],
  ] as const) {
    await ok(
      `mutation($s: ID!, $c: ID!) { moveStudent(studentId: $s, toClassId: $c, onDate: "2026-09-01", order: "Приказ № 112-у") { id } }`,
      { s: student, c: ids[cls] },
      admin,
    );
  }
});
afterAll(() => stack?.stop());

describe('calendar-thematic plan (S6)', () => {
  it('rejects a plan whose hours differ from the curriculum, naming the difference', async () => {
    const teacher = await stack.login('math');
    const short = Array.from({ length: 49 }, (_, i) => ({
      title: `Тема ${i + 1}`,
      hours: 2,
      kind: 'REGULAR',
    }));
    const res = await stack.gql(
      `mutation($a: ID!, $t: [PlanTopicInput!]!) { submitPlan(assignmentId: $a, topics: $t) { id } }`,
      { a: ids.assignment, t: short },
      teacher,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/98 ч.*102 ч.*не хватает 4 ч/);
    expect(res.errors?.[0]?.extensions?.difference).toBe(-4);
  });

  it('accepts a plan that matches, versions a revision, and refuses another teacher', async () => {
    const teacher = await stack.login('math');
    const topics = [
      ...Array.from({ length: 50 }, (_, i) => ({
        title: `Тема ${i + 1}`,
        hours: 2,
        kind: 'REGULAR',
      })),
      { title: 'Контрольная работа № 1', hours: 2, kind: 'CONTROL' },
    ];
    const first = await ok(
      `mutation($a: ID!, $t: [PlanTopicInput!]!) { submitPlan(assignmentId: $a, topics: $t) { version totalHours late } }`,
      { a: ids.assignment, t: topics },
      teacher,
    );
    expect(first.submitPlan).toEqual({ version: 1, totalHours: 102, late: true });
    const second = await ok(
      `mutation($a: ID!, $t: [PlanTopicInput!]!) { submitPlan(assignmentId: $a, topics: $t) { version } }`,
      { a: ids.assignment, t: topics },
      teacher,
    );
    expect(second.submitPlan.version).toBe(2);
    const other = await stack.login('russian');
    const denied = await stack.gql(
      `mutation($a: ID!, $t: [PlanTopicInput!]!) { submitPlan(assignmentId: $a, topics: $t) { id } }`,
      { a: ids.assignment, t: topics },
      other,
    );
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('imports a CSV plan and reports bad rows without saving anything', async () => {
    const teacher = await stack.login('math');
    const csv =
      '\ufeffТема;Часы;Вид\nУравнения;2;урок\n"Функции; графики";abc;урок\nПовторение;1;пикник\n';
    const res = await ok(
      `mutation($a: ID!, $c: String!) { importPlan(assignmentId: $a, format: CSV, contentBase64: $c) { plan { id } errors { row message } } }`,
      { a: ids.assignment7b, c: Buffer.from(csv).toString('base64') },
      teacher,
    );
    expect(res.importPlan.plan).toBeNull();
    expect(res.importPlan.errors.map((e: any) => e.row)).toEqual([3, 4]);
  });
});

describe('lessons from the timetable (S5)', () => {
  it('generates a year of lessons, skipping holidays and weekends, idempotently', async () => {
    const first = await ok(
      `mutation($y: ID!) { generateLessons(yearId: $y) { created cancelled } }`,
      { y: ids.year },
      admin,
    );
    expect(first.generateLessons.created).toBeGreaterThan(100);
    const again = await ok(
      `mutation($y: ID!) { generateLessons(yearId: $y) { created } }`,
      { y: ids.year },
      admin,
    );
    expect(again.generateLessons.created).toBe(0);
    const dates = await withClient(
      stack.curriculumDb.url,
      async (c) =>
        (
          await c.query(
            `select to_char(date, 'YYYY-MM-DD') as d, extract(isodow from date) as dow from lesson`,
          )
        ).rows as { d: string; dow: string }[],
    );
    expect(dates.length).toBe(first.generateLessons.created);
    for (const { d, dow } of dates) {
      expect(Number(dow)).toBeLessThanOrEqual(5);
      for (const [from, to] of HOLIDAYS)
        expect(d >= from && d <= to, `${d} is in a holiday`).toBe(false);
    }
    // Lessons on both sides of the autumn holidays: the quarter boundary is respected, not the whole term.
    expect(dates.some((x) => x.d === '2026-10-23')).toBe(true);
    expect(dates.some((x) => x.d === '2026-11-06')).toBe(true);
  });
});

async function mondayLesson(token: string, classId: string): Promise<string> {
  const res = await ok(
    `query($c: ID!) { classTimetable(classId: $c, from: "2026-11-23", to: "2026-11-23") { id lessonNumber } }`,
    { c: classId },
    token,
  );
  return res.classTimetable[0].id;
}

describe('lesson records (S7, A5, A6)', () => {
  it('lets only the lesson’s teacher record it, on the day, flagging a late entry', async () => {
    const lessonId = await mondayLesson(admin, id('7А'));
    const other = await stack.login('russian');
    const denied = await stack.gql(
      `mutation($i: RecordLessonInput!) { recordLesson(input: $i) { id } }`,
      { i: { lessonId, topicTitle: 'Чужая тема' } },
      other,
    );
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const teacher = await stack.login('math');
    const recorded = await ok(
      `mutation($i: RecordLessonInput!) { recordLesson(input: $i) { status topic recordStatus conductedBy { lastName } homework { text student { id } } } }`,
      {
        i: {
          lessonId,
          topicTitle: 'Линейная функция и её график',
          workType: 'answer',
          homework: [
            { text: '§ 12, № 245, 247', dueOn: '2026-11-25' },
            {
              text: 'Индивидуально: № 251',
              studentId: P.petya,
              attachments: [
                {
                  fileName: 'задание.txt',
                  contentType: 'text/plain',
                  contentBase64: Buffer.from('№ 251').toString('base64'),
                },
              ],
            },
          ],
        },
      },
      teacher,
    );
    expect(recorded.recordLesson).toMatchObject({
      status: 'CONDUCTED',
      topic: 'Линейная функция и её график',
      recordStatus: 'ON_TIME',
      conductedBy: { lastName: 'Лебедев' },
    });
    expect(recorded.recordLesson.homework).toHaveLength(2);

    stack.clock.now = new Date('2026-11-23T15:30:00Z'); // 20:30 in Yekaterinburg
    try {
      const late = await ok(
        `mutation($i: RecordLessonInput!) { recordLesson(input: $i) { recordStatus } }`,
        { i: { lessonId, topicTitle: 'Линейная функция и её график' } },
        teacher,
      );
      expect(late.recordLesson.recordStatus).toBe('LATE');
    } finally {
      stack.clock.now = MONDAY;
    }
    const future = await ok(
      `query($c: ID!) { classTimetable(classId: $c, from: "2026-11-25", to: "2026-11-25") { id } }`,
      { c: ids['7А'] },
      admin,
    );
    const early = await stack.gql(
      `mutation($i: RecordLessonInput!) { recordLesson(input: $i) { id } }`,
      { i: { lessonId: future.classTimetable[0].id, topicTitle: 'x' } },
      teacher,
    );
    expect(early.errors?.[0]?.extensions?.code).toBe('DEADLINE_PASSED');
  });

  it('lets a substitute record exactly the granted lessons', async () => {
    const lessons = await ok(
      `query($c: ID!) { classTimetable(classId: $c, from: "2026-11-23", to: "2026-11-23") { id } }`,
      { c: ids['7Б'] },
      admin,
    );
    const granted = lessons.classTimetable[0].id;
    const deputy = await stack.login('zavuch');
    const teacherDenied = await stack.gql(
      `mutation($l: [ID!]!, $s: ID!) { grantSubstitution(lessonIds: $l, substituteId: $s, reason: "Болезнь учителя") }`,
      { l: [granted], s: P.russianTeacher },
      await stack.login('math'),
    );
    expect(teacherDenied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(
      (
        await ok(
          `mutation($l: [ID!]!, $s: ID!) { grantSubstitution(lessonIds: $l, substituteId: $s, reason: "Болезнь учителя") }`,
          { l: [granted], s: P.russianTeacher },
          deputy,
        )
      ).grantSubstitution,
    ).toBe(1);

    const substitute = await stack.login('russian');
    const done = await ok(
      `mutation($i: RecordLessonInput!) { recordLesson(input: $i) { conductedBy { id } substitutes { id } } }`,
      { i: { lessonId: granted, topicTitle: 'Решение задач' } },
      substitute,
    );
    expect(done.recordLesson.conductedBy.id).toBe(P.russianTeacher);
    const other = await ok(
      `query($c: ID!) { classTimetable(classId: $c, from: "2026-11-23", to: "2026-11-23") { id } }`,
      { c: ids['7А'] },
      admin,
    );
    const denied = await stack.gql(
      `mutation($i: RecordLessonInput!) { recordLesson(input: $i) { id } }`,
      { i: { lessonId: other.classTimetable[0].id, topicTitle: 'x' } },
      substitute,
    );
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('who sees which timetable (A7, A8)', () => {
  it('shows a parent their own child’s class timetable and homework only', async () => {
    const parent = await stack.login('ivanov.parent'); // Пётр, 7А
    // The parent link reaches curriculum as an identity event through Kafka.
    await vi.waitFor(
      async () => {
        const res = await ok(
          `{ myTimetable(from: "2026-11-23", to: "2026-11-29") { id } }`,
          {},
          parent,
        );
        expect(res.myTimetable.length).toBeGreaterThan(0);
      },
      { timeout: 30_000, interval: 300 },
    );
    const mine = await ok(
      `{ myTimetable(from: "2026-11-23", to: "2026-11-29") { date schoolClass { name } subject { name } teacher { lastName } homework { text student { id } } } }`,
      {},
      parent,
    );
    expect(new Set(mine.myTimetable.map((l: any) => l.schoolClass.name))).toEqual(new Set(['7А']));
    expect(mine.myTimetable[0].teacher.lastName).toBe('Лебедев');
    const homework = mine.myTimetable.flatMap((l: any) => l.homework);
    expect(homework.map((h: any) => h.text).sort()).toEqual([
      '§ 12, № 245, 247',
      'Индивидуально: № 251',
    ]);

    const other = await stack.login('smirnova.parent'); // Анна, 7Б
    await vi.waitFor(
      async () =>
        expect(
          (await ok(`{ myTimetable(from: "2026-11-23", to: "2026-11-29") { id } }`, {}, other))
            .myTimetable.length,
        ).toBeGreaterThan(0),
      { timeout: 30_000, interval: 300 },
    );
    const theirs = await ok(
      `{ myTimetable(from: "2026-11-23", to: "2026-11-29") { schoolClass { name } homework { text } } }`,
      {},
      other,
    );
    expect(new Set(theirs.myTimetable.map((l: any) => l.schoolClass.name))).toEqual(
      new Set(['7Б']),
    );
    expect(JSON.stringify(theirs)).not.toContain('№ 251');
    const denied = await stack.gql(
      `query($c: ID!) { classTimetable(classId: $c, from: "2026-11-23", to: "2026-11-29") { id } }`,
      { c: ids['7А'] },
      other,
    );
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('answers “my timetable this week” for a teacher and a student', async () => {
    const teacher = await ok(
      `{ myTimetable(from: "2026-11-23", to: "2026-11-29") { date lessonNumber schoolClass { name } startsAt } }`,
      {},
      await stack.login('math'),
    );
    expect(
      teacher.myTimetable.map((l: any) => `${l.date} ${l.lessonNumber} ${l.schoolClass.name}`),
    ).toEqual(['2026-11-23 1 7А', '2026-11-23 2 7Б', '2026-11-25 2 7А', '2026-11-27 3 7А']);
    expect(teacher.myTimetable[0].startsAt).toBe('08:30');
    const student = await ok(
      `{ myTimetable(from: "2026-11-23", to: "2026-11-29") { schoolClass { name } } }`,
      {},
      await stack.login('ivanov.petya'),
    );
    expect(student.myTimetable).toHaveLength(3);
  });
});

describe('the journal header through the gateway', () => {
  it('lists a class’s lessons of a subject in a quarter, with topics and teacher names, in one query', async () => {
    const res = await ok(
      `query($c: ID!, $s: ID!, $p: ID!) { journalHeader(classId: $c, subjectId: $s, periodId: $p) { period { name startsOn endsOn } lessons { date topic teacher { lastName firstName } } } }`,
      { c: ids['7А'], s: ids.algebra, p: ids.quarter2 },
      await stack.login('zavuch'),
    );
    const { period, lessons } = res.journalHeader;
    expect(period).toEqual({ name: '2 четверть', startsOn: '2026-11-04', endsOn: '2026-12-28' });
    expect(lessons.every((l: any) => l.date >= '2026-11-04' && l.date <= '2026-12-28')).toBe(true);
    expect(lessons.find((l: any) => l.date === '2026-11-23').topic).toBe(
      'Линейная функция и её график',
    );
    expect(lessons[0].teacher).toEqual({ lastName: 'Лебедев', firstName: 'Сергей' });
  });
});

describe('enrolment history (S3)', () => {
  it('answers who was in 7А on a date, before and after a transfer', async () => {
    await ok(
      `mutation($s: ID!, $c: ID!) { moveStudent(studentId: $s, toClassId: $c, onDate: "2026-12-01", order: "Приказ № 140-у") { id } }`,
      { s: P.petya, c: ids['7Б'] },
      admin,
    );
    const roster = (date: string) =>
      ok(
        `query($c: ID!, $d: String!) { classRoster(classId: $c, onDate: $d) { id } }`,
        { c: ids['7А'], d: date },
        admin,
      );
    expect((await roster('2026-11-23')).classRoster.map((p: any) => p.id)).toEqual([P.petya]);
    expect((await roster('2026-12-01')).classRoster).toEqual([]);
    const history = await ok(
      `query($s: ID!) { enrolmentHistory(studentId: $s) { schoolClass { name } startsOn endsOn endReason } }`,
      { s: P.petya },
      admin,
    );
    expect(history.enrolmentHistory).toEqual([
      {
        schoolClass: { name: '7А' },
        startsOn: '2026-09-01',
        endsOn: '2026-12-01',
        endReason: 'transfer',
      },
      { schoolClass: { name: '7Б' }, startsOn: '2026-12-01', endsOn: null, endReason: null },
    ]);
    const parentDenied = await stack.gql(
      `query($c: ID!) { classRoster(classId: $c, onDate: "2026-11-23") { id } }`,
      { c: ids['7А'] },
      await stack.login('smirnova.parent'),
    );
    expect(parentDenied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('events (outbox → Kafka)', () => {
  it('publishes one lesson.conducted event per recording', async () => {
    const lessonId = await mondayLesson(admin, id('7А'));
    const kafka = new Kafka({
      clientId: 'e2e-curriculum',
      brokers: KAFKA_BROKERS.split(','),
      logLevel: 0,
    });
    const consumer = kafka.consumer({ groupId: `e2e-lessons-${Date.now()}` });
    const seen: string[] = [];
    await consumer.connect();
    await consumer.subscribe({ topic: 'curriculum.lesson.v1', fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        const event = JSON.parse(String(message.value));
        if (event.aggregateId === lessonId) seen.push(event.type);
      },
    });
    try {
      // Recorded twice above (on time, then late): two records, two events; scheduling once.
      await vi.waitFor(
        () => expect(seen.filter((t) => t === 'curriculum.lesson.conducted')).toHaveLength(2),
        { timeout: 30_000, interval: 250 },
      );
      expect(seen.filter((t) => t === 'curriculum.lesson.scheduled')).toHaveLength(1);
    } finally {
      await consumer.disconnect();
    }
  });
});
