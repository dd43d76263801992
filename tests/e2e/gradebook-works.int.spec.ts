import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEMO_SCHOOL } from '@dnevnik/contracts';
import { withClient } from '@dnevnik/database/testing';
import type { FinalKind, PostMarkInput, SetFinalInput } from './generated/graphql.js';
import { op } from './generated/index.js';
import { startStack, type Stack } from './harness.js';
import { waitForRow } from './probes.js';
import { buildSchool, MONDAY, P, type SchoolFixture } from './school-fixture.js';

/**
 * Gradebook beyond lesson marks: written works without a lesson, paired marks, a school's
 * grading settings and subject scales, and year, exam and final marks derived from the periods.
 */
let stack: Stack;
let admin: string;
let id: SchoolFixture['id'];
let ok: SchoolFixture['ok'];
let math: string;
let zavuch: string;
let monday7a: string;

const POST = op(`mutation WorksPost($i: PostMarkInput!) { postMark(input: $i) {
  id value scale fivePointValue weight timing title lesson { id } pairPart pairedWith { value pairPart }
  approvedBy { id } } }`);
const SETTINGS =
  op(`mutation WorksSettings($i: GradingSettingsInput!) { setGradingSettings(input: $i) {
  weights { workType weight } minMarksUpTo2Hours minMarksMoreHours subjectScales { subjectId scale } setBy { id } } }`);

const gradebookKnows = (sql: string, params: unknown[]) =>
  waitForRow(stack.gradebookDb.url, sql, params);

/** The 7А algebra lesson on a date, once gradebook knows it. */
async function lessonOn(date: string, classId = id('7А')) {
  const res = await ok(
    op(
      `query WorksClassTimetable($c: ID!, $d: String!) { classTimetable(classId: $c, from: $d, to: $d) { id subject { name } } }`,
    ),
    { c: classId, d: date },
    admin,
  );
  const lessonId = res.classTimetable![0]!.id;
  await gradebookKnows('select 1 from rm_lesson where id = $1', [lessonId]);
  return lessonId;
}

const codeOf = (res: { errors?: { extensions?: { code?: string } }[] }) =>
  res.errors?.[0]?.extensions?.code;

beforeAll(async () => {
  stack = await startStack({ now: MONDAY });
  ({ admin, id, ok } = await buildSchool(stack));
  await ok(
    op(`mutation WorksGenerateLessons($y: ID!) { generateLessons(yearId: $y) { created } }`),
    { y: id('year') },
    admin,
  );
  math = await stack.login('math');
  zavuch = await stack.login('zavuch');
  monday7a = await lessonOn('2026-11-23');
  await gradebookKnows('select 1 from rm_assignment where id = $1', [id('assignment')]);
  await gradebookKnows('select 1 from rm_enrolment where student_id = $1 and class_id = $2', [
    P.petya,
    id('7А'),
  ]);
  await gradebookKnows('select 1 from rm_school where id = $1', [DEMO_SCHOOL.schoolId]);
  // Petya's own link: the parent's other child's link may arrive first.
  await gradebookKnows(
    'select 1 from rm_guardianship where parent_id = $1 and child_id = $2 and verified',
    [P.ivanovParent, P.petya],
  );
});
afterAll(() => stack?.stop());

describe('a written work without a fixed lesson (M1, M5)', () => {
  const work = (extra: Partial<PostMarkInput>) => ({
    i: {
      assignmentId: id('assignment'),
      studentId: P.petya,
      workType: 'control',
      value: '4',
      ...extra,
    },
  });

  it('is marked by the subject’s teacher with the date of the work, within a week', async () => {
    const res = await ok(
      POST,
      work({ workDate: '2026-11-20', title: 'Контрольная работа № 2' }),
      math,
    );
    expect(res.postMark).toMatchObject({
      value: '4',
      timing: 'ON_TIME',
      title: 'Контрольная работа № 2',
      lesson: null,
    });
    const seen = await ok(
      op(
        `query WorksStudentMarks($s: ID!) { studentMarks(studentId: $s, from: "2026-11-20", to: "2026-11-20") { title lesson { id } } }`,
      ),
      { s: P.petya },
      await stack.login('ivanov.parent'),
    );
    expect(seen.studentMarks).toEqual([{ title: 'Контрольная работа № 2', lesson: null }]);
  });

  it('refuses oral work, other teachers, other classes, a future date, and a lesson and work at once', async () => {
    expect(
      codeOf(await stack.gql(POST, work({ workDate: '2026-11-20', workType: 'answer' }), math)),
    ).toBe('BAD_USER_INPUT');
    expect(
      codeOf(await stack.gql(POST, work({ workDate: '2026-11-20' }), await stack.login('russian'))),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(await stack.gql(POST, work({ workDate: '2026-11-20', studentId: P.anya }), math)),
    ).toBe('BAD_USER_INPUT');
    expect(codeOf(await stack.gql(POST, work({ workDate: '2026-11-25' }), math))).toBe(
      'DEADLINE_PASSED',
    );
    expect(
      codeOf(await stack.gql(POST, work({ workDate: '2026-11-20', lessonId: monday7a }), math)),
    ).toBe('BAD_USER_INPUT');
  });

  it('needs the deputy’s permit after a week, and is then flagged late', async () => {
    const late = await stack.gql(POST, work({ workDate: '2026-11-10' }), math);
    expect(codeOf(late)).toBe('DEADLINE_PASSED');
    await ok(
      op(
        `mutation WorksPermitLateEntry($a: ID!) { permitLateEntry(assignmentId: $a, workDate: "2026-11-10", reason: "Работы проверял другой учитель") { validUntil } }`,
      ),
      { a: id('assignment') },
      zavuch,
    );
    const permitted = await ok(POST, work({ workDate: '2026-11-10' }), math);
    expect(permitted.postMark).toMatchObject({ timing: 'LATE', approvedBy: { id: P.deputy } });
  });
});

describe('the temporary-journal transfer window (G4)', () => {
  it('is opened by the deputy and lets a week-old lesson’s marks in, flagged transferred', async () => {
    const OPEN = op(
      `mutation WorksOpenTransferWindow($s: ID!) { openTransferWindow(schoolId: $s, fromDate: "2026-11-16", toDate: "2026-11-18", reason: "Сбой сети 16–18 ноября") { id closesAt } }`,
    );
    expect(codeOf(await stack.gql(OPEN, { s: DEMO_SCHOOL.schoolId }, math))).toBe('FORBIDDEN');
    const window = (await ok(OPEN, { s: DEMO_SCHOOL.schoolId }, zavuch)).openTransferWindow!;
    expect(Date.parse(window.closesAt)).toBeGreaterThan(MONDAY.getTime());
    const lastMonday = await lessonOn('2026-11-16');
    const res = await ok(
      POST,
      { i: { lessonId: lastMonday, studentId: P.petya, workType: 'answer', value: '5' } },
      math,
    );
    expect(res.postMark.timing).toBe('TRANSFERRED');
    // Published for attendance, which honours the same window.
    await vi.waitFor(
      async () => {
        const { rows } = await withClient(stack.gradebookDb.url, (c) =>
          c.query(
            `select 1 from outbox_message where event_type = 'gradebook.transfer-window.opened' and published_at is not null`,
          ),
        );
        expect(rows).toHaveLength(1);
      },
      { timeout: 15_000, interval: 200 },
    );
  });
});

describe('paired marks «4/5» (M1)', () => {
  it('stores a dictation’s two marks as a pair', async () => {
    const res = await ok(
      POST,
      { i: { lessonId: monday7a, studentId: P.petya, workType: 'dictation', value: '4/5' } },
      math,
    );
    expect(res.postMark).toMatchObject({
      value: '4',
      pairPart: 1,
      pairedWith: { value: '5', pairPart: 2 },
    });
  });

  it('refuses a pair for an oral answer and a pair with a wrong part', async () => {
    const answer = await stack.gql(
      POST,
      { i: { lessonId: monday7a, studentId: P.petya, workType: 'answer', value: '4/5' } },
      math,
    );
    expect(codeOf(answer)).toBe('BAD_USER_INPUT');
    const wrong = await stack.gql(
      POST,
      { i: { lessonId: monday7a, studentId: P.petya, workType: 'dictation', value: '4/6' } },
      math,
    );
    expect(wrong.errors?.[0]?.message).toMatch(/Вторая отметка/);
  });
});

describe('a repeated postMark request (the client got no answer and sends it again)', () => {
  const mark = (requestId: string, extra: Record<string, unknown> = {}) => ({
    i: {
      lessonId: monday7a,
      studentId: P.petya,
      workType: 'test',
      value: '5',
      comment: 'повтор запроса',
      requestId,
      ...extra,
    },
  });
  const storedFor = async (requestId: string) =>
    (
      await withClient(stack.gradebookDb.url, (c) =>
        c.query(
          'select count(*)::int as n from mark m join mark_request r on r.mark_id = m.id where r.request_id = $1',
          [requestId],
        ),
      )
    ).rows[0].n as number;

  it('returns the mark the first request stored, after it and while it is still running', async () => {
    const first = await ok(POST, mark('0192f5a0-0000-7000-8000-000000000001'), math);
    const again = await ok(POST, mark('0192f5a0-0000-7000-8000-000000000001'), math);
    expect(again.postMark.id).toBe(first.postMark.id);
    expect(await storedFor('0192f5a0-0000-7000-8000-000000000001')).toBe(1);

    const racing = await Promise.all(
      [1, 2, 3].map(() => ok(POST, mark('0192f5a0-0000-7000-8000-000000000002'), math)),
    );
    expect(new Set(racing.map((r) => r.postMark.id)).size).toBe(1);
    expect(await storedFor('0192f5a0-0000-7000-8000-000000000002')).toBe(1);
    const { rows } = await withClient(stack.gradebookDb.url, (c) =>
      c.query(`select count(*)::int as n from mark where comment = 'повтор запроса'`),
    );
    expect(rows[0].n).toBe(2);
  });

  it('refuses a request id reused for another mark, and one that is not a UUID', async () => {
    const other = await stack.gql(
      POST,
      mark('0192f5a0-0000-7000-8000-000000000001', { value: '3' }),
      math,
    );
    expect(codeOf(other)).toBe('BAD_USER_INPUT');
    expect(other.errors?.[0]?.message).toMatch(/requestId уже использован/);
    expect(codeOf(await stack.gql(POST, mark('42'), math))).toBe('BAD_USER_INPUT');
  });
});

describe('a school’s grading settings (M2, M6)', () => {
  it('are read by staff, not by parents, and changed by the deputy only', async () => {
    const read = await ok(
      op(
        `query WorksGradingSettings($s: ID!) { gradingSettings(schoolId: $s) { minMarksUpTo2Hours minMarksMoreHours setAt } }`,
      ),
      { s: DEMO_SCHOOL.schoolId },
      math,
    );
    expect(read.gradingSettings).toEqual({
      minMarksUpTo2Hours: 3,
      minMarksMoreHours: 5,
      setAt: null,
    });
    const parent = await stack.gql(
      op(
        `query WorksGradingSettings2($s: ID!) { gradingSettings(schoolId: $s) { minMarksUpTo2Hours } }`,
      ),
      { s: DEMO_SCHOOL.schoolId },
      await stack.login('ivanov.parent'),
    );
    expect(codeOf(parent)).toBe('FORBIDDEN');
    const teacher = await stack.gql(
      SETTINGS,
      { i: { schoolId: DEMO_SCHOOL.schoolId, minMarksMoreHours: 3 } },
      math,
    );
    expect(codeOf(teacher)).toBe('FORBIDDEN');
  });

  it('report every invalid field at once', async () => {
    const bad = await stack.gql(
      SETTINGS,
      {
        i: {
          schoolId: DEMO_SCHOOL.schoolId,
          weights: [{ workType: 'control', weight: 9 }],
          minMarksUpTo2Hours: 4,
          minMarksMoreHours: 2,
        },
      },
      zavuch,
    );
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.message).toMatch(/вес 9/);
    expect(bad.errors?.[0]?.message).toMatch(/не меньше отметок/);
  });

  it('apply new weights to new marks and new counts to the journal', async () => {
    const set = await ok(
      SETTINGS,
      {
        i: {
          schoolId: DEMO_SCHOOL.schoolId,
          weights: [{ workType: 'control', weight: 3 }],
          minMarksMoreHours: 4,
        },
      },
      zavuch,
    );
    expect(set.setGradingSettings.setBy).toEqual({ id: P.deputy });
    expect(set.setGradingSettings.minMarksMoreHours).toBe(4);
    const mark = await ok(
      POST,
      { i: { lessonId: monday7a, studentId: P.petya, workType: 'control', value: '5' } },
      math,
    );
    expect(mark.postMark.weight).toBe(3);
    const page = await ok(
      op(
        `query WorksJournal($a: ID!, $p: ID!) { journal(assignmentId: $a, periodId: $p) { rows { requiredMarks } } }`,
      ),
      { a: id('assignment'), p: id('quarter2') },
      zavuch,
    );
    expect(page.journal!.rows[0]!.requiredMarks).toBe(4);
  });

  it('grade a pass/fail subject with «зачёт», and keep its scale while it has marks', async () => {
    const music = (
      await ok(
        op(
          `mutation WorksCreateSubject($s: ID!) { createSubject(schoolId: $s, name: "Музыка") { id } }`,
        ),
        { s: DEMO_SCHOOL.schoolId },
        admin,
      )
    ).createSubject.id;
    const assignment = (
      await ok(
        op(
          `mutation WorksAssignTeacher($y: ID!, $t: ID!, $s: ID!, $c: ID!) { assignTeacher(yearId: $y, teacherId: $t, subjectId: $s, classId: $c, startsOn: "2026-09-01") { id } }`,
        ),
        { y: id('year'), t: P.mathTeacher, s: music, c: id('7А') },
        admin,
      )
    ).assignTeacher.id;
    await ok(
      op(
        `mutation WorksSetTimetableSlot($a: ID!) { setTimetableSlot(assignmentId: $a, weekday: 1, lessonNumber: 4, validFrom: "2026-09-01") { id } }`,
      ),
      { a: assignment },
      admin,
    );
    await ok(
      op(`mutation WorksGenerateLessons($y: ID!) { generateLessons(yearId: $y) { created } }`),
      { y: id('year') },
      admin,
    );
    const day = await ok(
      op(
        `query WorksClassTimetable2($c: ID!) { classTimetable(classId: $c, from: "2026-11-23", to: "2026-11-23") { id subject { name } } }`,
      ),
      { c: id('7А') },
      admin,
    );
    const lesson = day.classTimetable!.find((l) => l.subject.name === 'Музыка')!.id;
    await gradebookKnows('select 1 from rm_lesson where id = $1', [lesson]);
    await ok(
      SETTINGS,
      {
        i: {
          schoolId: DEMO_SCHOOL.schoolId,
          subjectScales: [{ subjectId: music, scale: 'PASS_FAIL' }],
        },
      },
      zavuch,
    );
    const pass = await ok(
      POST,
      { i: { lessonId: lesson, studentId: P.petya, workType: 'answer', value: 'Зачет' } },
      math,
    );
    expect(pass.postMark).toMatchObject({
      value: 'зачёт',
      scale: 'PASS_FAIL',
      fivePointValue: null,
    });
    const five = await stack.gql(
      POST,
      { i: { lessonId: lesson, studentId: P.petya, workType: 'answer', value: '5' } },
      math,
    );
    expect(five.errors?.[0]?.message).toMatch(/зачёт\/незачёт/);
    const back = await stack.gql(
      SETTINGS,
      {
        i: {
          schoolId: DEMO_SCHOOL.schoolId,
          subjectScales: [{ subjectId: music, scale: 'FIVE_POINT' }],
        },
      },
      zavuch,
    );
    expect(codeOf(back)).toBe('CONFLICT');
  });
});

describe('year, exam and final marks (M1, M6)', () => {
  it('derives the year mark from the quarters and the final from the year and the exam', async () => {
    const periods = (
      await ok(
        op(`query WorksSchool($s: ID!) { school(id: $s) { years { periods { id name } } } }`),
        { s: DEMO_SCHOOL.schoolId },
        admin,
      )
    ).school!.years[0]!.periods;
    const quarter = (n: number) => periods.find((p) => p.name === `${n} четверть`)!.id;
    await ok(
      SETTINGS,
      { i: { schoolId: DEMO_SCHOOL.schoolId, minMarksUpTo2Hours: 1, minMarksMoreHours: 1 } },
      zavuch,
    );
    // A mark in each quarter, entered on its lesson's day.
    for (const [date, value] of [
      ['2026-09-07', '4'],
      ['2026-11-23', '4'],
      ['2027-01-11', '5'],
      ['2027-04-05', '5'],
    ] as const) {
      const lesson = await lessonOn(date);
      stack.clock.now = new Date(`${date}T08:00:00Z`);
      try {
        await ok(
          POST,
          { i: { lessonId: lesson, studentId: P.petya, workType: 'answer', value } },
          math,
        );
      } finally {
        stack.clock.now = MONDAY;
      }
    }
    await ok(
      op(`mutation WorksGrantRole($i: GrantRoleInput!) { grantRole(input: $i) { id } }`),
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
    const SET = op(
      `mutation WorksSetFinal($i: SetFinalInput!) { setFinal(input: $i) { kind value suggested average enoughMarks } }`,
    );
    const set = (
      kind: FinalKind,
      value: string,
      extra: Partial<SetFinalInput> = {},
      token = classTeacher,
    ) =>
      stack.gql(
        SET,
        { i: { studentId: P.petya, assignmentId: id('assignment'), kind, value, ...extra } },
        token,
      );
    for (const [n, value] of [
      [1, '4'],
      [2, '4'],
      [3, '5'],
    ] as const) {
      const r = await set('PERIOD', value, { periodId: quarter(n) });
      expect(r.errors).toBeUndefined();
    }
    const early = await set('YEAR', '5');
    expect(early.errors?.[0]?.message).toMatch(/1 из 4/);
    expect((await set('PERIOD', '5', { periodId: quarter(4) })).errors).toBeUndefined();
    const year = await set('YEAR', '5');
    expect(year.data?.setFinal).toEqual({
      kind: 'YEAR',
      value: '5',
      suggested: 5,
      average: 4.5,
      enoughMarks: true,
    });

    expect(codeOf(await set('EXAM', '3', {}, math))).toBe('FORBIDDEN');
    expect((await set('EXAM', '3', {}, zavuch)).errors).toBeUndefined();
    const final = await set('FINAL', '4');
    expect(final.data?.setFinal).toMatchObject({
      kind: 'FINAL',
      value: '4',
      suggested: 4,
      average: 4,
    });
    expect(codeOf(await set('FINAL', 'н/а'))).toBe('BAD_USER_INPUT');

    const finals = await ok(
      op(
        `query WorksStudentFinals($s: ID!) { studentFinals(studentId: $s) { kind value period { id } enteredBy { id } } }`,
      ),
      { s: P.petya },
      await stack.login('ivanov.parent'),
    );
    expect(finals.studentFinals!.map((f) => f.kind)).toEqual([
      'PERIOD',
      'PERIOD',
      'PERIOD',
      'PERIOD',
      'YEAR',
      'EXAM',
      'FINAL',
    ]);
    const other = await stack.gql(
      op(`query WorksStudentFinals2($s: ID!) { studentFinals(studentId: $s) { kind } }`),
      { s: P.petya },
      await stack.login('smirnova.parent'),
    );
    expect(codeOf(other)).toBe('FORBIDDEN');
  });
});
