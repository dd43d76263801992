import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createViewerSigner, VIEWER_HEADER, type Role } from '@dnevnik/auth';
import { DEMO_SCHOOL } from '@dnevnik/contracts';
import { withClient } from '@dnevnik/database/testing';
import type { AttendanceEntryInput } from './generated/graphql.js';
import { op } from './generated/index.js';
import {
  postGraphQL,
  startStack,
  type GqlResponse,
  type Operation,
  type Stack,
} from './harness.js';
import { waitForRow, watchTopic } from './probes.js';
import { buildSchool, MONDAY, P, type SchoolFixture } from './school-fixture.js';

/**
 * Attendance through the gateway, on real PostgreSQL and Kafka. One week's story in 7А (Пётр and
 * Илья) and 7Б (Анна): the teacher records, the class teacher gives reasons and reconciles,
 * a parent's notice excuses, the detector finds a week of truancy, and nobody reads another
 * family's child. The services' clock moves from day to day as the story does.
 */
let stack: Stack;
let admin: string;
let id: SchoolFixture['id'];
let ok: SchoolFixture['ok'];
let math: string;
let classTeacher: string;
/** This run's lessons: 7А's algebra on six days, 7Б's on two; filled in before the tests. */
type LessonKey = 'L1' | 'L2' | 'L3' | 'L4' | 'L5' | 'L6' | 'B1' | 'B7';
const lesson = {} as Record<LessonKey, string>;

const at = (day: string) => new Date(`${day}T08:00:00Z`); // 13:00 in Yekaterinburg
const RECORD = op(
  `mutation AttendanceRecord($l: ID!, $e: [AttendanceEntryInput!]!) { recordAttendance(lessonId: $l, entries: $e) { id status lateMinutes timing current student { id } reason { kind excused notice { id } } } }`,
);
const REASON = op(
  `mutation AttendanceReason($r: [ID!]!, $k: AbsenceReasonKind!) { setAbsenceReason(recordIds: $r, kind: $k) { id kind excused } }`,
);
const code = (res: GqlResponse<unknown>) => res.errors?.[0]?.extensions?.code;

async function on<T>(day: string, work: () => Promise<T>): Promise<T> {
  stack.clock.now = at(day);
  try {
    return await work();
  } finally {
    stack.clock.now = MONDAY;
  }
}

/** Waits until attendance's read model has the facts the test relies on (this run's ids). */
const attendanceKnows = (sql: string, params: unknown[]) =>
  waitForRow(stack.attendanceDb.url, sql, params);
const gradebookKnows = (sql: string, params: unknown[]) =>
  waitForRow(stack.gradebookDb.url, sql, params);

const attendanceRows = (sql: string, params: unknown[] = []) =>
  withClient(stack.attendanceDb.url, (c) => c.query(sql, params)).then((r) => r.rows);

async function record(lessonKey: LessonKey, entries: AttendanceEntryInput[], token = math) {
  return (await ok(RECORD, { l: lesson[lessonKey], e: entries }, token)).recordAttendance;
}

const recordOf = async (lessonKey: LessonKey, studentId: string): Promise<string> =>
  (
    await attendanceRows(
      `select id from attendance_record r where lesson_id = $1 and student_id = $2
         and not exists (select 1 from attendance_record c where c.replaces_record_id = r.id)`,
      [lesson[lessonKey], studentId],
    )
  )[0].id;

async function signed(personId: string, role: Role, requestId: string) {
  const sign = await createViewerSigner(stack.gatewayKeys.privateKeyPem);
  return sign({
    viewer: {
      kind: 'person',
      personId,
      sessionId: 's',
      authMethod: 'password',
      roles: [{ role, schoolId: DEMO_SCHOOL.schoolId, classId: null, regionId: null }],
    },
    source: { ip: null, userAgent: null },
    requestId,
  });
}

beforeAll(async () => {
  stack = await startStack({ now: MONDAY });
  ({ admin, id, ok } = await buildSchool(stack));
  await ok(
    op(
      `mutation AttendanceMoveStudent($s: ID!, $c: ID!) { moveStudent(studentId: $s, toClassId: $c, onDate: "2026-09-01", order: "Приказ № 113-у") { id } }`,
    ),
    { s: P.ilya, c: id('7А') },
    admin,
  );
  await ok(
    op(`mutation AttendanceGenerateLessons($y: ID!) { generateLessons(yearId: $y) { created } }`),
    { y: id('year') },
    admin,
  );
  const lessonOf = async (cls: string, date: string) =>
    (
      await ok(
        op(
          `query AttendanceClassTimetable($c: ID!, $d: String!) { classTimetable(classId: $c, from: $d, to: $d) { id } }`,
        ),
        { c: id(cls), d: date },
        admin,
      )
    ).classTimetable![0]!.id;
  const days: Partial<Record<LessonKey, string>> = {
    L1: '2026-11-23',
    L2: '2026-11-25',
    L3: '2026-11-27',
    L4: '2026-11-30',
    L5: '2026-12-02',
    L6: '2026-12-04',
  };
  for (const [key, day] of Object.entries(days))
    lesson[key as LessonKey] = await lessonOf('7А', day);
  lesson['B1'] = await lessonOf('7Б', '2026-11-23');
  lesson['B7'] = await lessonOf('7Б', '2026-12-07');
  math = await stack.login('math');
  // Lesson and enrolment events are keyed by their own ids, so they arrive on different
  // partitions: wait for each, in this run's classes (the topics also hold earlier runs' events).
  for (const l of Object.values(lesson))
    await attendanceKnows('select 1 from rm_lesson where id = $1', [l]);
  await attendanceKnows('select 1 from rm_assignment where id = $1', [id('assignment')]);
  await attendanceKnows('select 1 from rm_assignment where id = $1', [id('assignment7b')]);
  for (const [student, cls] of [
    [P.petya, '7А'],
    [P.ilya, '7А'],
    [P.anya, '7Б'],
  ] as const)
    await attendanceKnows('select 1 from rm_enrolment where student_id = $1 and class_id = $2', [
      student,
      id(cls),
    ]);
  await attendanceKnows('select 1 from rm_class where id = $1', [id('7А')]);
  await attendanceKnows('select 1 from rm_school where id = $1', [DEMO_SCHOOL.schoolId]);
  // Each child's own link: a parent's other child's link may arrive first.
  for (const [parent, child] of [
    [P.ivanovParent, P.petya],
    [P.smirnovaParent, P.anya],
  ])
    await attendanceKnows(
      'select 1 from rm_guardianship where parent_id = $1 and child_id = $2 and verified',
      [parent, child],
    );
  // The class teacher of this run's 7А (identity's demo makes her class teacher of another 7А).
  await ok(
    op(`mutation AttendanceGrantRole($i: GrantRoleInput!) { grantRole(input: $i) { id } }`),
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
  classTeacher = await stack.login('russian');
});
afterAll(() => stack?.stop());

describe('recording absences and lateness (P1, A5, A6)', () => {
  it('lets the lesson’s teacher record on the lesson day', async () => {
    const rows = await record('L1', [
      { studentId: P.petya, status: 'ABSENT' },
      { studentId: P.ilya, status: 'ABSENT', comment: 'Не пришёл к началу' },
    ]);
    expect(rows.map((r) => [r.student.id, r.status, r.timing, r.current, r.reason])).toEqual([
      [P.petya, 'ABSENT', 'ON_TIME', true, null],
      [P.ilya, 'ABSENT', 'ON_TIME', true, null],
    ]);
    const [anya] = await record('B1', [{ studentId: P.anya, status: 'ABSENT' }]);
    expect(anya!.status).toBe('ABSENT');
  });

  it('refuses anyone but the lesson’s teacher, other classes’ students, "present", a second record and other days', async () => {
    const entry: AttendanceEntryInput[] = [{ studentId: P.petya, status: 'LATE', lateMinutes: 5 }];
    for (const token of [classTeacher, await stack.login('zavuch'), await stack.login('director')])
      expect(code(await stack.gql(RECORD, { l: lesson['L1'], e: entry }, token))).toBe('FORBIDDEN');
    const wrong = (e: AttendanceEntryInput) =>
      stack.gql(RECORD, { l: lesson['L1'], e: [e] }, math).then(code);
    expect(await wrong({ studentId: P.anya, status: 'ABSENT' })).toBe('BAD_USER_INPUT');
    expect(await wrong({ studentId: P.petya, status: 'PRESENT' })).toBe('BAD_USER_INPUT');
    expect(await wrong({ studentId: P.petya, status: 'LATE' })).toBe('BAD_USER_INPUT');
    expect(await wrong({ studentId: P.petya, status: 'ABSENT' })).toBe('CONFLICT');
    const early = await stack.gql(RECORD, { l: lesson['L2'], e: entry }, math);
    expect(code(early)).toBe('DEADLINE_PASSED');
    // 00:30 on Tuesday in Yekaterinburg: Monday's lesson is past its day.
    stack.clock.now = new Date('2026-11-23T19:30:00Z');
    try {
      const late = await stack.gql(RECORD, { l: lesson['L1'], e: entry }, math);
      expect(code(late)).toBe('DEADLINE_PASSED');
      expect(late.errors?.[0]?.message).toMatch(/в день урока/);
    } finally {
      stack.clock.now = MONDAY;
    }
  });

  it('lets a substitute the deputy granted the lesson record it, and nobody else’s', async () => {
    await on('2026-12-04', async () => {
      await ok(
        op(
          `mutation AttendanceGrantSubstitution($l: [ID!]!, $s: ID!) { grantSubstitution(lessonIds: $l, substituteId: $s, reason: "Болезнь учителя") }`,
        ),
        { l: [lesson['L6']], s: P.russianTeacher },
        await stack.login('zavuch'),
      );
      await attendanceKnows(
        'select 1 from rm_substitution where lesson_id = $1 and substitute_id = $2',
        [lesson['L6'], P.russianTeacher],
      );
      const [late] = await record(
        'L6',
        [{ studentId: P.ilya, status: 'LATE', lateMinutes: 5 }],
        classTeacher,
      );
      expect(late).toMatchObject({ status: 'LATE', lateMinutes: 5, timing: 'ON_TIME' });
      const other = await stack.gql(
        RECORD,
        { l: lesson['L5'], e: [{ studentId: P.ilya, status: 'ABSENT' }] },
        classTeacher,
      );
      expect(code(other)).toBe('FORBIDDEN');
    });
  });

  it('publishes an event per record through the outbox', async () => {
    const petya = await recordOf('L1', P.petya);
    await vi.waitFor(
      async () => {
        const rows = await attendanceRows(
          `select event_type from outbox_message where payload->'data'->>'recordId' = $1 and published_at is not null`,
          [petya],
        );
        expect(rows.map((r) => r.event_type)).toEqual(['attendance.absence.recorded']);
      },
      { timeout: 15_000, interval: 200 },
    );
  });
});

describe('corrections (G1, 003 §8.6)', () => {
  it('records that an absence was a mistake as a PRESENT record pointing to it', async () => {
    const ilya = await recordOf('L1', P.ilya);
    const CORRECT = op(
      `mutation AttendanceCorrectToPresent($r: ID!) { correctAttendance(recordId: $r, status: PRESENT, reason: "Ошибка: ученик был на уроке") { status current correctionReason replaces { id status current } } }`,
    );
    expect(code(await stack.gql(CORRECT, { r: ilya }, await stack.login('ivanov.parent')))).toBe(
      'FORBIDDEN',
    );
    const fixed = await ok(CORRECT, { r: ilya }, math);
    expect(fixed.correctAttendance).toEqual({
      status: 'PRESENT',
      current: true,
      correctionReason: 'Ошибка: ученик был на уроке',
      replaces: { id: ilya, status: 'ABSENT', current: false },
    });
    expect(code(await stack.gql(CORRECT, { r: ilya }, math))).toBe('CONFLICT');
  });

  it('leaves corrections after 7 days to the deputy director', async () => {
    await on('2026-11-25', () =>
      record('L2', [
        { studentId: P.petya, status: 'ABSENT' },
        { studentId: P.ilya, status: 'LATE', lateMinutes: 10 },
      ]),
    );
    const late = await recordOf('L2', P.ilya);
    const CORRECT = op(
      `mutation AttendanceCorrectToLate($r: ID!) { correctAttendance(recordId: $r, status: LATE, lateMinutes: 12, reason: "Уточнено по журналу дежурного") { lateMinutes timing approvedBy { id } } }`,
    );
    await on('2026-12-04', async () => {
      expect(code(await stack.gql(CORRECT, { r: late }, math))).toBe('DEADLINE_PASSED');
      const deputy = await ok(CORRECT, { r: late }, await stack.login('zavuch'));
      expect(deputy.correctAttendance).toEqual({
        lateMinutes: 12,
        timing: 'LATE',
        approvedBy: { id: P.deputy },
      });
    });
  });
});

describe('reasons (P2, A4)', () => {
  it('are set by the class teacher of the student’s class only', async () => {
    const petya = await recordOf('L1', P.petya);
    expect(code(await stack.gql(REASON, { r: [petya], k: 'UNEXCUSED' }, math))).toBe('FORBIDDEN');
    expect(
      code(
        await stack.gql(REASON, { r: [await recordOf('B1', P.anya)], k: 'FAMILY' }, classTeacher),
      ),
    ).toBe('FORBIDDEN');
    expect(
      code(
        await stack.gql(REASON, { r: [await recordOf('L2', P.ilya)], k: 'FAMILY' }, classTeacher),
      ),
    ).toBe('BAD_USER_INPUT'); // lateness has no reason
    const set = await ok(REASON, { r: [petya], k: 'UNEXCUSED' }, classTeacher);
    expect(set.setAbsenceReason).toMatchObject([{ kind: 'UNEXCUSED', excused: false }]);
  });
});

describe('a parent’s advance notice (P2, A8)', () => {
  const NOTIFY = op(
    `mutation AttendanceNotify($i: AbsenceNoticeInput!) { notifyAbsence(input: $i) { id status } }`,
  );
  const DECIDE = op(
    `mutation AttendanceDecide($n: ID!, $c: Boolean!) { decideAbsenceNotice(noticeId: $n, confirm: $c) { status decidedBy { id } } }`,
  );

  it('excuses an absence recorded after the class teacher confirmed it', async () => {
    const parent = await stack.login('ivanov.parent');
    const input = {
      studentId: P.petya,
      fromDate: '2026-11-27',
      toDate: '2026-11-27',
      kind: 'ILLNESS' as const,
      comment: 'Приём у врача',
    };
    expect(code(await stack.gql(NOTIFY, { i: input }, await stack.login('smirnova.parent')))).toBe(
      'FORBIDDEN',
    );
    const notice = (await ok(NOTIFY, { i: input }, parent)).notifyAbsence;
    expect(notice.status).toBe('PENDING');
    expect(code(await stack.gql(DECIDE, { n: notice.id, c: true }, math))).toBe('FORBIDDEN');
    expect(code(await stack.gql(DECIDE, { n: notice.id, c: true }, parent))).toBe('FORBIDDEN');
    const decided = await ok(DECIDE, { n: notice.id, c: true }, classTeacher);
    expect(decided.decideAbsenceNotice).toEqual({
      status: 'CONFIRMED',
      decidedBy: { id: P.russianTeacher },
    });
    expect(code(await stack.gql(DECIDE, { n: notice.id, c: false }, classTeacher))).toBe(
      'CONFLICT',
    );
    const [absent] = await on('2026-11-27', () =>
      record('L3', [{ studentId: P.petya, status: 'ABSENT' }]),
    );
    expect(absent!.reason).toEqual({ kind: 'ILLNESS', excused: true, notice: { id: notice.id } });
  });

  it('excuses an absence already recorded, and a rejected notice excuses nothing', async () => {
    const parent = await stack.login('ivanov.parent');
    const l2 = await recordOf('L2', P.petya);
    await on('2026-11-25', async () => {
      const rejected = (
        await ok(
          NOTIFY,
          {
            i: {
              studentId: P.petya,
              fromDate: '2026-11-25',
              toDate: '2026-11-25',
              kind: 'OTHER_EXCUSED',
            },
          },
          parent,
        )
      ).notifyAbsence;
      await ok(DECIDE, { n: rejected.id, c: false }, classTeacher);
      expect(
        await attendanceRows('select 1 from absence_reason where record_id = $1', [l2]),
      ).toEqual([]);
      const family = (
        await ok(
          NOTIFY,
          {
            i: { studentId: P.petya, fromDate: '2026-11-25', toDate: '2026-11-25', kind: 'FAMILY' },
          },
          parent,
        )
      ).notifyAbsence;
      await ok(DECIDE, { n: family.id, c: true }, classTeacher);
    });
    const reason = await attendanceRows(
      'select kind, notice_id from absence_reason where record_id = $1 order by seq',
      [l2],
    );
    expect(reason.map((r) => r.kind)).toEqual(['family']);
    const notices = await ok(
      op(
        `query AttendanceAbsenceNotices($s: ID!) { absenceNotices(studentId: $s) { status kind } }`,
      ),
      { s: P.petya },
      parent,
    );
    expect(notices.absenceNotices!.map((n) => n.status).sort()).toEqual([
      'CONFIRMED',
      'CONFIRMED',
      'REJECTED',
    ]);
  });
});

describe('weekly reconciliation (P2)', () => {
  const WEEK = op(
    `query AttendanceWeek($s: ID!, $w: String!) { weeklyReconciliation(schoolId: $s, weekStart: $w) { schoolClass { id } absences withoutReason reconciled } }`,
  );
  const RECONCILE = op(
    `mutation AttendanceReconcile($c: ID!, $w: String!) { reconcileWeek(classId: $c, weekStart: $w) { weekStart reconciledBy { id } } }`,
  );

  it('lists classes with absences without a reason and refuses to reconcile them', async () => {
    await on('2026-11-30', async () => {
      await record('L4', [{ studentId: P.petya, status: 'ABSENT' }]);
      const week = await ok(WEEK, { s: DEMO_SCHOOL.schoolId, w: '2026-11-30' }, classTeacher);
      const cls7a = week.weeklyReconciliation!.find((w) => w.schoolClass.id === id('7А'));
      expect(cls7a).toEqual({
        schoolClass: { id: id('7А') },
        absences: 1,
        withoutReason: 1,
        reconciled: false,
      });
      const refused = await stack.gql(RECONCILE, { c: id('7А'), w: '2026-11-30' }, classTeacher);
      expect(code(refused)).toBe('CONFLICT');
      expect(refused.errors?.[0]?.message).toMatch(/без указанной причины: 1/);
      expect(code(await stack.gql(RECONCILE, { c: id('7А'), w: '2026-11-23' }, math))).toBe(
        'FORBIDDEN',
      );
      const done = await ok(RECONCILE, { c: id('7А'), w: '2026-11-23' }, classTeacher);
      expect(done.reconcileWeek).toEqual({
        weekStart: '2026-11-23',
        reconciledBy: { id: P.russianTeacher },
      });
      const last = await ok(WEEK, { s: DEMO_SCHOOL.schoolId, w: '2026-11-23' }, admin);
      const byClass = new Map(last.weeklyReconciliation!.map((w) => [w.schoolClass.id, w]));
      expect(byClass.get(id('7А'))).toMatchObject({
        absences: 3,
        withoutReason: 0,
        reconciled: true,
      });
      expect(byClass.get(id('7Б'))).toMatchObject({
        absences: 1,
        withoutReason: 1,
        reconciled: false,
      });
      expect(code(await stack.gql(WEEK, { s: DEMO_SCHOOL.schoolId, w: '2026-11-24' }, admin))).toBe(
        'BAD_USER_INPUT',
      );
    });
  });
});

describe('systematic non-attendance (P3, P4)', () => {
  const SETTINGS = op(
    `mutation AttendanceSettings($s: ID!, $t: Int!, $w: Int!) { setNonattendanceSettings(schoolId: $s, threshold: $t, windowDays: $w) { threshold windowDays setBy { id } } }`,
  );

  it('is configured by the director or deputy', async () => {
    const zavuch = await stack.login('zavuch');
    const defaults = await ok(
      op(
        `query AttendanceNonattendanceSettings($s: ID!) { nonattendanceSettings(schoolId: $s) { threshold windowDays setBy { id } } }`,
      ),
      { s: DEMO_SCHOOL.schoolId },
      zavuch,
    );
    expect(defaults.nonattendanceSettings).toEqual({ threshold: 5, windowDays: 14, setBy: null });
    const args = { s: DEMO_SCHOOL.schoolId, t: 3, w: 14 };
    expect(code(await stack.gql(SETTINGS, args, classTeacher))).toBe('FORBIDDEN');
    expect(code(await stack.gql(SETTINGS, { ...args, t: 0 }, zavuch))).toBe('BAD_USER_INPUT');
    expect((await ok(SETTINGS, args, zavuch)).setNonattendanceSettings).toEqual({
      threshold: 3,
      windowDays: 14,
      setBy: { id: P.deputy },
    });
  });

  it('fires once when unexcused absences reach the threshold, and not again in that window', async () => {
    await on('2026-12-02', () => record('L5', [{ studentId: P.petya, status: 'ABSENT' }]));
    // Пётр: 23 Nov unexcused, 25 Nov family, 27 Nov ill; 30 Nov and 2 Dec now unexcused: three.
    const l4 = await recordOf('L4', P.petya);
    const l5 = await recordOf('L5', P.petya);
    await on('2026-12-02', () => ok(REASON, { r: [l4, l5], k: 'UNEXCUSED' }, classTeacher));
    const detections = () =>
      attendanceRows(
        'select id, window_from, window_to, unexcused_absences from nonattendance_detection where student_id = $1',
        [P.petya],
      );
    const [first, ...others] = await detections();
    expect(others).toEqual([]);
    expect(first).toMatchObject({ unexcused_absences: 3 });
    expect(
      [first.window_from, first.window_to].map((d: Date) => d.toISOString().slice(0, 10)),
    ).toEqual(['2026-11-19', '2026-12-02']);

    // A fourth unexcused absence two days later is inside the same window: no second event.
    await on('2026-12-04', async () => {
      await record('L6', [{ studentId: P.petya, status: 'ABSENT' }]);
      await ok(REASON, { r: [await recordOf('L6', P.petya)], k: 'UNEXCUSED' }, classTeacher);
    });
    expect(await detections()).toHaveLength(1);
    const outbox = await attendanceRows(
      `select payload->'data'->>'detectionId' as id from outbox_message where event_type = 'attendance.nonattendance.detected'`,
    );
    expect(outbox.map((r) => r.id)).toEqual([first.id]);

    // Kafka holds earlier runs' events for the same demo student: count this run's only.
    const topic = await watchTopic(
      'attendance.nonattendance.v1',
      (event) => event.data.detectionId === first.id,
    );
    try {
      await vi.waitFor(() => expect(topic.seen).toEqual(['attendance.nonattendance.detected']), {
        timeout: 30_000,
        interval: 250,
      });
      await new Promise((r) => setTimeout(r, 1000));
      expect(topic.seen).toHaveLength(1);
    } finally {
      await topic.stop();
    }
    const listed = await ok(
      op(
        `query AttendanceNonattendanceDetections($s: ID!) { nonattendanceDetections(schoolId: $s, from: "2026-11-01", to: "2026-12-31") { student { id } windowFrom windowTo unexcusedAbsences threshold } }`,
      ),
      { s: DEMO_SCHOOL.schoolId },
      await stack.login('director'),
    );
    expect(listed.nonattendanceDetections).toEqual([
      {
        student: { id: P.petya },
        windowFrom: '2026-11-19',
        windowTo: '2026-12-02',
        unexcusedAbsences: 3,
        threshold: 3,
      },
    ]);
  });
});

describe('reports (P3)', () => {
  it('counts the month of a class exactly as the raw records say', async () => {
    const report = (
      await ok(
        op(`query AttendanceClassAttendanceMonth($c: ID!) { classAttendanceMonth(classId: $c, month: "2026-11") { from to
           rows { student { id } totals { lessonsMissed excused unexcused withoutReason late lateMinutes }
                  bySubject { subject { id } totals { lessonsMissed late } } }
           totals { lessonsMissed excused unexcused late } } }`),
        { c: id('7А') },
        classTeacher,
      )
    ).classAttendanceMonth!;
    expect([report.from, report.to]).toEqual(['2026-11-01', '2026-11-30']);
    const raw = await attendanceRows(
      `select r.student_id, r.status, r.late_minutes,
              (select kind from absence_reason a where a.lesson_id = r.lesson_id and a.student_id = r.student_id
                order by seq desc limit 1) as kind
         from attendance_record r
        where r.lesson_date between '2026-11-01' and '2026-11-30' and r.student_id = any($1)
          and not exists (select 1 from attendance_record c where c.replaces_record_id = r.id)`,
      [[P.petya, P.ilya]],
    );
    for (const student of [P.petya, P.ilya]) {
      const mine = raw.filter((r) => r.student_id === student);
      const absent = mine.filter((r) => r.status === 'absent');
      const row = report.rows.find((r) => r.student.id === student)!;
      expect(row.totals).toEqual({
        lessonsMissed: absent.length,
        excused: absent.filter((r) => r.kind && r.kind !== 'unexcused').length,
        unexcused: absent.filter((r) => r.kind === 'unexcused').length,
        withoutReason: absent.filter((r) => !r.kind).length,
        late: mine.filter((r) => r.status === 'late').length,
        lateMinutes: mine.reduce((s, r) => s + (r.late_minutes ?? 0), 0),
      });
    }
    const petya = report.rows.find((r) => r.student.id === P.petya)!;
    expect(petya.totals).toMatchObject({ lessonsMissed: 4, excused: 2, unexcused: 2, late: 0 });
    expect(petya.bySubject).toEqual([
      { subject: { id: id('algebra') }, totals: { lessonsMissed: 4, late: 0 } },
    ]);
    const ilya = report.rows.find((r) => r.student.id === P.ilya)!;
    expect(ilya.totals).toMatchObject({ lessonsMissed: 0, late: 1, lateMinutes: 12 });
    expect(report.totals).toEqual({ lessonsMissed: 4, excused: 2, unexcused: 2, late: 1 });
  });

  it('sums a period, a student’s range and the school’s share of lessons missed', async () => {
    const summary = await ok(
      op(
        `query AttendanceAttendanceSummary($c: ID!) { attendanceSummary(classId: $c, from: "2026-11-23", to: "2026-12-06") { rows { student { id } totals { lessonsMissed unexcused } } } }`,
      ),
      { c: id('7А') },
      await stack.login('zavuch'),
    );
    expect(summary.attendanceSummary!.rows.find((r) => r.student.id === P.petya)!.totals).toEqual({
      lessonsMissed: 6,
      unexcused: 4,
    });
    const own = await ok(
      op(
        `query AttendanceStudentAttendance($s: ID!) { studentAttendance(studentId: $s, from: "2026-11-01", to: "2026-12-31") { records { lessonDate status } totals { lessonsMissed excused } } }`,
      ),
      { s: P.petya },
      await stack.login('ivanov.parent'),
    );
    expect(own.studentAttendance!.totals).toEqual({ lessonsMissed: 6, excused: 2 });
    expect(own.studentAttendance!.records).toHaveLength(6);

    const SCHOOL = op(
      `query AttendanceSchool($s: ID!) { schoolAttendance(schoolId: $s, from: "2026-11-23", to: "2026-11-29") { lessonsHeld studentLessons totals { lessonsMissed } shareMissed } }`,
    );
    expect(code(await stack.gql(SCHOOL, { s: DEMO_SCHOOL.schoolId }, math))).toBe('FORBIDDEN');
    const director = await stack.login('director');
    const school = (await on('2026-12-04', () => ok(SCHOOL, { s: DEMO_SCHOOL.schoolId }, director)))
      .schoolAttendance!;
    // This run's 7А has three algebra lessons × two students and 7Б one × one; the read model also
    // holds earlier runs' classes of the same demo school, so only the lower bounds are exact.
    expect(school.totals).toEqual({ lessonsMissed: 4 });
    expect(school.lessonsHeld).toBeGreaterThanOrEqual(4);
    expect(school.studentLessons).toBeGreaterThanOrEqual(7);
    expect(school.shareMissed).toBe(Math.round((4 / school.studentLessons) * 10_000) / 10_000);
  });
});

describe('the temporary-journal transfer window (G4)', () => {
  it('takes gradebook’s window and lets a past lesson’s attendance in, flagged transferred', async () => {
    const zavuch = await stack.login('zavuch');
    await on('2026-12-09', async () => {
      const window = (
        await ok(
          op(
            `mutation AttendanceOpenTransferWindow($s: ID!) { openTransferWindow(schoolId: $s, fromDate: "2026-12-07", toDate: "2026-12-07", reason: "Сбой сети 7 декабря") { id } }`,
          ),
          { s: DEMO_SCHOOL.schoolId },
          zavuch,
        )
      ).openTransferWindow!;
      await attendanceKnows('select 1 from transfer_window where id = $1', [window.id]);
      const [anya] = await record('B7', [{ studentId: P.anya, status: 'ABSENT' }]);
      expect(anya!.timing).toBe('TRANSFERRED');
    });
  });
});

describe('who reads attendance (A7, A8)', () => {
  it('refuses a parent another child’s attendance through root fields and Person', async () => {
    const parent = await stack.login('ivanov.parent');
    // Only the refusal of each is read.
    for (const query of [
      op(
        `query AttendanceOthersAttendance($s: ID!) { studentAttendance(studentId: $s, from: "2026-11-01", to: "2026-12-31") { totals { lessonsMissed } } }`,
      ),
      op(`query AttendanceOthersNotices($s: ID!) { absenceNotices(studentId: $s) { id } }`),
    ] as Operation<unknown, { s: string }>[])
      expect(code(await stack.gql(query, { s: P.anya }, parent))).toBe('FORBIDDEN');
    const viaPerson = await stack.gql(
      op(
        `query AttendancePerson($s: ID!) { person(id: $s) { absences(from: "2026-11-01", to: "2026-12-31") { status } } }`,
      ),
      { s: P.anya },
      parent,
    );
    expect(viaPerson.data?.person?.absences ?? null).toBeNull();
    // Their own child, through identity's Person and attendance's field on it.
    const me = await ok(
      op(
        `query AttendanceMe { me { person { children { child { id absences(from: "2026-11-01", to: "2026-12-31") { status lessonDate } } } } } }`,
      ),
      {},
      parent,
    );
    const child = me.me!.person.children!.find((c) => c.child.id === P.petya)!.child;
    expect(child.absences!.filter((a) => a.status === 'ABSENT').length).toBeGreaterThanOrEqual(6);
  });

  it('shows a parent only their own child’s records through _entities', async () => {
    const header = {
      [VIEWER_HEADER]: await signed(P.ivanovParent, 'parent', 'entities-attendance'),
    };
    // attendance's own schema, not the gateway's: _entities is typed here by hand.
    const lessons = await postGraphQL<{
      _entities: { attendance: { student: { id: string }; status: string }[] }[];
    }>(
      stack.attendanceUrl,
      {
        query:
          'query($r: [_Any!]!) { _entities(representations: $r) { ... on Lesson { attendance { student { id } status } } } }',
        variables: {
          r: [
            { __typename: 'Lesson', id: lesson['B1'] },
            { __typename: 'Lesson', id: lesson['L1'] },
          ],
        },
      },
      header,
    );
    const [b1, l1] = lessons.data!._entities;
    expect(b1!.attendance).toEqual([]);
    expect(l1!.attendance).toEqual([{ student: { id: P.petya }, status: 'ABSENT' }]);

    const people = await postGraphQL(
      stack.attendanceUrl,
      {
        query:
          'query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { absences(from: "2026-11-01", to: "2026-12-31") { status } } } }',
        variables: { r: [{ __typename: 'Person', id: P.anya }] },
      },
      header,
    );
    expect(people.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(people.data ?? null)).not.toContain('ABSENT');
  });
});

describe('the diary and the journal page through the gateway', () => {
  it('shows a parent a week of lessons with marks and attendance in one query', async () => {
    await gradebookKnows('select 1 from rm_lesson where id = $1', [lesson['L1']]);
    await gradebookKnows('select 1 from rm_enrolment where student_id = $1 and class_id = $2', [
      P.petya,
      id('7А'),
    ]);
    await ok(
      op(`mutation AttendancePostMark($i: PostMarkInput!) { postMark(input: $i) { id } }`),
      { i: { lessonId: lesson['L1'], studentId: P.petya, workType: 'homework', value: '5' } },
      math,
    );
    const parent = await stack.login('ivanov.parent');
    await vi.waitFor(
      async () => {
        const res = await ok(
          op(
            `query AttendanceMyTimetable { myTimetable(from: "2026-11-23", to: "2026-11-29") { id } }`,
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
        `query AttendanceMyTimetable2 { myTimetable(from: "2026-11-23", to: "2026-11-29") { date subject { name } marks { value student { firstName } } attendance { status student { firstName } reason { kind excused } } } }`,
      ),
      {},
      parent,
    );
    const byDate = new Map(diary.myTimetable!.map((l) => [l.date, l]));
    const monday = byDate.get('2026-11-23')!;
    expect(monday.subject.name).toBe('Алгебра');
    expect(monday.marks!.map((m) => [m.value, m.student.firstName])).toEqual([['5', 'Пётр']]);
    expect(monday.attendance).toEqual([
      {
        status: 'ABSENT',
        student: { firstName: 'Пётр' },
        reason: { kind: 'UNEXCUSED', excused: false },
      },
    ]);
    expect(byDate.get('2026-11-27')!.attendance![0]!.reason).toEqual({
      kind: 'ILLNESS',
      excused: true,
    });
  });

  it('shows the journal page with marks and attendance in one query', async () => {
    await gradebookKnows('select 1 from rm_period where id = $1', [id('quarter2')]);
    await gradebookKnows('select 1 from rm_assignment where id = $1', [id('assignment')]);
    const res = await ok(
      op(`query AttendanceJournal($a: ID!, $p: ID!) { journal(assignmentId: $a, periodId: $p) {
         lessons { id date marks { value } attendance { status lateMinutes current student { lastName } } }
       } }`),
      { a: id('assignment'), p: id('quarter2') },
      await stack.login('zavuch'),
    );
    const lessons = new Map(res.journal!.lessons.map((l) => [l.id, l]));
    const monday = lessons.get(lesson['L1'])!;
    expect(monday.date).toBe('2026-11-23');
    expect(monday.marks!.map((m) => m.value)).toContain('5');
    // Staff see the whole history: Пётр's absence, and Илья's absence corrected to present.
    expect(monday.attendance!.map((a) => `${a.status}:${a.current}`).sort()).toEqual([
      'ABSENT:false',
      'ABSENT:true',
      'PRESENT:true',
    ]);
    expect(monday.attendance!.find((a) => a.status === 'ABSENT' && a.current)!.student).toEqual({
      lastName: 'Иванов',
    });
    const wednesday = lessons.get(lesson['L2'])!;
    expect(wednesday.attendance!.filter((a) => a.current && a.status === 'LATE')).toEqual([
      { status: 'LATE', lateMinutes: 12, current: true, student: expect.any(Object) },
    ]);
  });
});

describe('the official record cannot be changed (G1, G2)', () => {
  it('refuses UPDATE and DELETE of attendance records at the database, for the writer role too', async () => {
    await withClient(stack.attendanceDb.url, async (c) => {
      await expect(
        c.query(`update attendance_record set status = 'late', late_minutes = 1`),
      ).rejects.toThrow(/insert-only/);
      await expect(c.query(`delete from attendance_record`)).rejects.toThrow(/insert-only/);
      await expect(c.query(`truncate attendance_record cascade`)).rejects.toThrow(/insert-only/);
      await expect(c.query(`delete from absence_reason`)).rejects.toThrow(/insert-only/);
      await c.query('set role attendance_writer');
      await expect(c.query(`update attendance_record set comment = 'x'`)).rejects.toThrow(
        /permission denied|insert-only/,
      );
      await expect(c.query(`delete from attendance_record`)).rejects.toThrow(
        /permission denied|insert-only/,
      );
      // What the service itself needs stays possible for the writer.
      await c.query('select count(*) from attendance_record');
      await c.query('select count(*) from outbox_message');
    });
  });

  it('detects a record edited behind the service’s back', async () => {
    const verify = (token: string) =>
      stack.gql(
        op(
          `query AttendanceVerifyAttendance($a: ID!) { verifyAttendance(assignmentId: $a) { ok checked firstBrokenRecordId reason } }`,
        ),
        { a: id('assignment') },
        token,
      );
    const director = await stack.login('director');
    expect(code(await verify(math))).toBe('FORBIDDEN');
    const before = (await verify(director)).data!.verifyAttendance!;
    expect(before.ok).toBe(true);
    expect(before.checked).toBeGreaterThanOrEqual(9);
    const victim = await withClient(stack.attendanceDb.url, async (c) => {
      const { rows } = await c.query(
        `select id from attendance_record where assignment_id = $1 order by seq limit 1 offset 2`,
        [id('assignment')],
      );
      await c.query('set session_replication_role = replica');
      await c.query(
        `update attendance_record set status = 'late', late_minutes = 3 where id = $1`,
        [rows[0].id],
      );
      return rows[0].id as string;
    });
    expect((await verify(director)).data!.verifyAttendance).toEqual({
      ok: false,
      checked: 2,
      firstBrokenRecordId: victim,
      reason: 'hash-mismatch',
    });
  });
});
