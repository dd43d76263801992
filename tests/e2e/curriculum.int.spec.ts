import { Kafka } from 'kafkajs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { withClient } from '@dnevnik/database/testing';
import { op } from './generated/index.js';
import { KAFKA_BROKERS, startStack, type Stack } from './harness.js';
import { buildSchool, HOLIDAYS, MONDAY, P, type SchoolFixture } from './school-fixture.js';

let stack: Stack;
let admin: string;
let id: SchoolFixture['id'];
let ok: SchoolFixture['ok'];

beforeAll(async () => {
  stack = await startStack({ now: MONDAY });
  ({ admin, id, ok } = await buildSchool(stack));
});
afterAll(() => stack?.stop());

describe('calendar-thematic plan (S6)', () => {
  it('rejects a plan whose hours differ from the curriculum, naming the difference', async () => {
    const teacher = await stack.login('math');
    const short = Array.from({ length: 49 }, (_, i) => ({
      title: `Тема ${i + 1}`,
      hours: 2,
      kind: 'REGULAR' as const,
    }));
    const res = await stack.gql(
      op(
        `mutation CurriculumSubmitPlan($a: ID!, $t: [PlanTopicInput!]!) { submitPlan(assignmentId: $a, topics: $t) { id } }`,
      ),
      { a: id('assignment'), t: short },
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
        kind: 'REGULAR' as const,
      })),
      { title: 'Контрольная работа № 1', hours: 2, kind: 'CONTROL' as const },
    ];
    const first = await ok(
      op(
        `mutation CurriculumSubmitPlan2($a: ID!, $t: [PlanTopicInput!]!) { submitPlan(assignmentId: $a, topics: $t) { version totalHours late } }`,
      ),
      { a: id('assignment'), t: topics },
      teacher,
    );
    expect(first.submitPlan).toEqual({ version: 1, totalHours: 102, late: true });
    const second = await ok(
      op(
        `mutation CurriculumSubmitPlan3($a: ID!, $t: [PlanTopicInput!]!) { submitPlan(assignmentId: $a, topics: $t) { version } }`,
      ),
      { a: id('assignment'), t: topics },
      teacher,
    );
    expect(second.submitPlan.version).toBe(2);
    const other = await stack.login('russian');
    const denied = await stack.gql(
      op(
        `mutation CurriculumSubmitPlan($a: ID!, $t: [PlanTopicInput!]!) { submitPlan(assignmentId: $a, topics: $t) { id } }`,
      ),
      { a: id('assignment'), t: topics },
      other,
    );
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('imports a CSV plan and reports bad rows without saving anything', async () => {
    const teacher = await stack.login('math');
    const csv =
      '\ufeffТема;Часы;Вид\nУравнения;2;урок\n"Функции; графики";abc;урок\nПовторение;1;пикник\n';
    const res = await ok(
      op(
        `mutation CurriculumImportPlan($a: ID!, $c: String!) { importPlan(assignmentId: $a, format: CSV, contentBase64: $c) { plan { id } errors { row message } } }`,
      ),
      { a: id('assignment7b'), c: Buffer.from(csv).toString('base64') },
      teacher,
    );
    expect(res.importPlan.plan).toBeNull();
    expect(res.importPlan.errors.map((e) => e.row)).toEqual([3, 4]);
  });
});

describe('lessons from the timetable (S5)', () => {
  it('generates a year of lessons, skipping holidays and weekends, idempotently', async () => {
    const first = await ok(
      op(
        `mutation CurriculumGenerateLessons($y: ID!) { generateLessons(yearId: $y) { created cancelled } }`,
      ),
      { y: id('year') },
      admin,
    );
    expect(first.generateLessons.created).toBeGreaterThan(100);
    const again = await ok(
      op(
        `mutation CurriculumGenerateLessons2($y: ID!) { generateLessons(yearId: $y) { created } }`,
      ),
      { y: id('year') },
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
    op(
      `query CurriculumClassTimetable($c: ID!) { classTimetable(classId: $c, from: "2026-11-23", to: "2026-11-23") { id lessonNumber } }`,
    ),
    { c: classId },
    token,
  );
  return res.classTimetable![0]!.id;
}

describe('lesson records (S7, A5, A6)', () => {
  it('lets only the lesson’s teacher record it, on the day, flagging a late entry', async () => {
    const lessonId = await mondayLesson(admin, id('7А'));
    const other = await stack.login('russian');
    const denied = await stack.gql(
      op(
        `mutation CurriculumRecordLesson($i: RecordLessonInput!) { recordLesson(input: $i) { id } }`,
      ),
      { i: { lessonId, topicTitle: 'Чужая тема' } },
      other,
    );
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const teacher = await stack.login('math');
    const recorded = await ok(
      op(
        `mutation CurriculumRecordLesson2($i: RecordLessonInput!) { recordLesson(input: $i) { status topic recordStatus conductedBy { lastName } homework { text student { id } } } }`,
      ),
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
        op(
          `mutation CurriculumRecordLesson3($i: RecordLessonInput!) { recordLesson(input: $i) { recordStatus } }`,
        ),
        { i: { lessonId, topicTitle: 'Линейная функция и её график' } },
        teacher,
      );
      expect(late.recordLesson.recordStatus).toBe('LATE');
    } finally {
      stack.clock.now = MONDAY;
    }
    const future = await ok(
      op(
        `query CurriculumClassTimetable2($c: ID!) { classTimetable(classId: $c, from: "2026-11-25", to: "2026-11-25") { id } }`,
      ),
      { c: id('7А') },
      admin,
    );
    const early = await stack.gql(
      op(
        `mutation CurriculumRecordLesson($i: RecordLessonInput!) { recordLesson(input: $i) { id } }`,
      ),
      { i: { lessonId: future.classTimetable![0]!.id, topicTitle: 'x' } },
      teacher,
    );
    expect(early.errors?.[0]?.extensions?.code).toBe('DEADLINE_PASSED');
  });

  it('lets a substitute record exactly the granted lessons', async () => {
    const lessons = await ok(
      op(
        `query CurriculumClassTimetable3($c: ID!) { classTimetable(classId: $c, from: "2026-11-23", to: "2026-11-23") { id } }`,
      ),
      { c: id('7Б') },
      admin,
    );
    const granted = lessons.classTimetable![0]!.id;
    const deputy = await stack.login('zavuch');
    const teacherDenied = await stack.gql(
      op(
        `mutation CurriculumGrantSubstitution($l: [ID!]!, $s: ID!) { grantSubstitution(lessonIds: $l, substituteId: $s, reason: "Болезнь учителя") }`,
      ),
      { l: [granted], s: P.russianTeacher },
      await stack.login('math'),
    );
    expect(teacherDenied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(
      (
        await ok(
          op(
            `mutation CurriculumGrantSubstitution($l: [ID!]!, $s: ID!) { grantSubstitution(lessonIds: $l, substituteId: $s, reason: "Болезнь учителя") }`,
          ),
          { l: [granted], s: P.russianTeacher },
          deputy,
        )
      ).grantSubstitution,
    ).toBe(1);

    const substitute = await stack.login('russian');
    const done = await ok(
      op(
        `mutation CurriculumRecordLesson4($i: RecordLessonInput!) { recordLesson(input: $i) { conductedBy { id } substitutes { id } } }`,
      ),
      { i: { lessonId: granted, topicTitle: 'Решение задач' } },
      substitute,
    );
    expect(done.recordLesson.conductedBy!.id).toBe(P.russianTeacher);
    const other = await ok(
      op(
        `query CurriculumClassTimetable3($c: ID!) { classTimetable(classId: $c, from: "2026-11-23", to: "2026-11-23") { id } }`,
      ),
      { c: id('7А') },
      admin,
    );
    const denied = await stack.gql(
      op(
        `mutation CurriculumRecordLesson($i: RecordLessonInput!) { recordLesson(input: $i) { id } }`,
      ),
      { i: { lessonId: other.classTimetable![0]!.id, topicTitle: 'x' } },
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
          op(
            `query CurriculumMyTimetable { myTimetable(from: "2026-11-23", to: "2026-11-29") { id } }`,
          ),
          {},
          parent,
        );
        expect(res.myTimetable!.length).toBeGreaterThan(0);
      },
      { timeout: 30_000, interval: 300 },
    );
    const mine = await ok(
      op(
        `query CurriculumMyTimetable2 { myTimetable(from: "2026-11-23", to: "2026-11-29") { date schoolClass { name } subject { name } teacher { lastName } homework { text student { id } } } }`,
      ),
      {},
      parent,
    );
    expect(new Set(mine.myTimetable!.map((l) => l.schoolClass!.name))).toEqual(new Set(['7А']));
    expect(mine.myTimetable![0]!.teacher!.lastName).toBe('Лебедев');
    const homework = mine.myTimetable!.flatMap((l) => l.homework);
    expect(homework.map((h) => h.text).sort()).toEqual([
      '§ 12, № 245, 247',
      'Индивидуально: № 251',
    ]);

    const other = await stack.login('smirnova.parent'); // Анна, 7Б
    await vi.waitFor(
      async () =>
        expect(
          (
            await ok(
              op(
                `query CurriculumMyTimetable { myTimetable(from: "2026-11-23", to: "2026-11-29") { id } }`,
              ),
              {},
              other,
            )
          ).myTimetable!.length,
        ).toBeGreaterThan(0),
      { timeout: 30_000, interval: 300 },
    );
    const theirs = await ok(
      op(
        `query CurriculumMyTimetable3 { myTimetable(from: "2026-11-23", to: "2026-11-29") { schoolClass { name } homework { text } } }`,
      ),
      {},
      other,
    );
    expect(new Set(theirs.myTimetable!.map((l) => l.schoolClass!.name))).toEqual(new Set(['7Б']));
    expect(JSON.stringify(theirs)).not.toContain('№ 251');
    const denied = await stack.gql(
      op(
        `query CurriculumClassTimetable4($c: ID!) { classTimetable(classId: $c, from: "2026-11-23", to: "2026-11-29") { id } }`,
      ),
      { c: id('7А') },
      other,
    );
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('answers “my timetable this week” for a teacher and a student', async () => {
    const teacher = await ok(
      op(
        `query CurriculumMyTimetable4 { myTimetable(from: "2026-11-23", to: "2026-11-29") { date lessonNumber schoolClass { name } startsAt } }`,
      ),
      {},
      await stack.login('math'),
    );
    expect(
      teacher.myTimetable!.map((l) => `${l.date} ${l.lessonNumber} ${l.schoolClass!.name}`),
    ).toEqual(['2026-11-23 1 7А', '2026-11-23 2 7Б', '2026-11-25 2 7А', '2026-11-27 3 7А']);
    expect(teacher.myTimetable![0]!.startsAt).toBe('08:30');
    const student = await ok(
      op(
        `query CurriculumMyTimetable5 { myTimetable(from: "2026-11-23", to: "2026-11-29") { schoolClass { name } } }`,
      ),
      {},
      await stack.login('ivanov.petya'),
    );
    expect(student.myTimetable).toHaveLength(3);
  });
});

describe('the journal header through the gateway', () => {
  it('lists a class’s lessons of a subject in a quarter, with topics and teacher names, in one query', async () => {
    const res = await ok(
      op(
        `query CurriculumJournalHeader($c: ID!, $s: ID!, $p: ID!) { journalHeader(classId: $c, subjectId: $s, periodId: $p) { period { name startsOn endsOn } lessons { date topic teacher { lastName firstName } } } }`,
      ),
      { c: id('7А'), s: id('algebra'), p: id('quarter2') },
      await stack.login('zavuch'),
    );
    const { period, lessons } = res.journalHeader!;
    expect(period).toEqual({ name: '2 четверть', startsOn: '2026-11-04', endsOn: '2026-12-28' });
    expect(lessons.every((l) => l.date >= '2026-11-04' && l.date <= '2026-12-28')).toBe(true);
    expect(lessons.find((l) => l.date === '2026-11-23')!.topic).toBe(
      'Линейная функция и её график',
    );
    expect(lessons[0]!.teacher).toEqual({ lastName: 'Лебедев', firstName: 'Сергей' });
  });
});

describe('enrolment history (S3)', () => {
  it('answers who was in 7А on a date, before and after a transfer', async () => {
    await ok(
      op(
        `mutation CurriculumMoveStudent($s: ID!, $c: ID!) { moveStudent(studentId: $s, toClassId: $c, onDate: "2026-12-01", order: "Приказ № 140-у") { id } }`,
      ),
      { s: P.petya, c: id('7Б') },
      admin,
    );
    const roster = (date: string) =>
      ok(
        op(
          `query CurriculumClassRoster($c: ID!, $d: String!) { classRoster(classId: $c, onDate: $d) { id } }`,
        ),
        { c: id('7А'), d: date },
        admin,
      );
    expect((await roster('2026-11-23')).classRoster!.map((p) => p.id)).toEqual([P.petya]);
    expect((await roster('2026-12-01')).classRoster).toEqual([]);
    const history = await ok(
      op(
        `query CurriculumEnrolmentHistory($s: ID!) { enrolmentHistory(studentId: $s) { schoolClass { name } startsOn endsOn endReason } }`,
      ),
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
      op(
        `query CurriculumClassRoster2($c: ID!) { classRoster(classId: $c, onDate: "2026-11-23") { id } }`,
      ),
      { c: id('7А') },
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
