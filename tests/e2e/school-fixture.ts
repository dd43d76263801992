import { DEMO_SCHOOL } from '@dnevnik/contracts';
import { op } from './generated/index.js';
import type { Operation, Stack } from './harness.js';

/** Monday 23 November 2026, 13:00 in Yekaterinburg (UTC+5): the clock curriculum tests run at. */
export const MONDAY = new Date('2026-11-23T08:00:00Z');
export const P = DEMO_SCHOOL.people;
export const HOLIDAYS = [
  ['2026-10-26', '2026-11-03'],
  ['2026-12-29', '2027-01-08'],
  ['2027-03-23', '2027-03-31'],
] as const;

export interface SchoolFixture {
  admin: string;
  id(key: string): string;
  /** Sends an operation as `token`'s holder and gives its data; any error fails the test. */
  ok<TResult, TVariables>(
    operation: Operation<TResult, TVariables>,
    variables: NoInfer<TVariables>,
    token: string,
  ): Promise<TResult>;
}

/**
 * A small school built through the graph as its administrator would: year 2026/2027 with
 * quarters and holidays, classes 7А and 7Б, algebra (3 h/week, 102 h/year) taught by the demo
 * maths teacher, a timetable (7А: Mon 1, Wed 2, Fri 3; 7Б: Mon 2), Пётр in 7А and Анна in 7Б.
 */
export async function buildSchool(stack: Stack): Promise<SchoolFixture> {
  const ids: Record<string, string> = {};
  const id = (key: string): string => {
    const value = ids[key];
    if (!value) throw new Error(`fixture ${key} missing`);
    return value;
  };
  async function ok<TResult, TVariables>(
    operation: Operation<TResult, TVariables>,
    variables: NoInfer<TVariables>,
    token: string,
  ): Promise<TResult> {
    const res = await stack.gql(operation, variables, token);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data as TResult;
  }

  // The region registers the school under the id of its register, as identity's roles expect.
  await ok(
    op(
      `mutation FixtureRegisterSchool($id: ID!, $r: ID!) { registerSchool(id: $id, regionId: $r, name: "Тестовая школа", timeZone: "Asia/Yekaterinburg") { id } }`,
    ),
    { id: DEMO_SCHOOL.schoolId, r: DEMO_SCHOOL.regionId },
    await stack.login('region'),
  );
  const admin = await stack.login('admin');
  const year = await ok(
    op(
      `mutation FixtureCreateAcademicYear($s: ID!, $p: [PeriodInput!]!) { createAcademicYear(schoolId: $s, name: "2026/2027", startsOn: "2026-09-01", endsOn: "2027-05-31", periods: $p) { id periods { id name kind } } }`,
    ),
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
  ids['year'] = year.createAcademicYear.id;
  ids['quarter2'] = year.createAcademicYear.periods.find((p) => p.name === '2 четверть')!.id;
  for (const letter of ['А', 'Б']) {
    const c = await ok(
      op(
        `mutation FixtureCreateClass($y: ID!, $l: String!) { createClass(yearId: $y, grade: 7, letter: $l) { id name } }`,
      ),
      { y: id('year'), l: letter },
      admin,
    );
    ids[`7${letter}`] = c.createClass.id;
  }
  ids['algebra'] = (
    await ok(
      op(
        `mutation FixtureCreateSubject($s: ID!) { createSubject(schoolId: $s, name: "Алгебра") { id } }`,
      ),
      { s: DEMO_SCHOOL.schoolId },
      admin,
    )
  ).createSubject.id;
  await ok(
    op(
      `mutation FixtureSetCurriculumItem($y: ID!, $s: ID!) { setCurriculumItem(yearId: $y, grade: 7, subjectId: $s, hoursPerWeek: 3, hoursPerYear: 102) { id } }`,
    ),
    { y: id('year'), s: id('algebra') },
    admin,
  );
  ids['assignment'] = (
    await ok(
      op(
        `mutation FixtureAssignTeacher($y: ID!, $t: ID!, $s: ID!, $c: ID!) { assignTeacher(yearId: $y, teacherId: $t, subjectId: $s, classId: $c, startsOn: "2026-09-01") { id } }`,
      ),
      { y: id('year'), t: P.mathTeacher, s: id('algebra'), c: id('7А') },
      admin,
    )
  ).assignTeacher.id;
  ids['assignment7b'] = (
    await ok(
      op(
        `mutation FixtureAssignTeacher($y: ID!, $t: ID!, $s: ID!, $c: ID!) { assignTeacher(yearId: $y, teacherId: $t, subjectId: $s, classId: $c, startsOn: "2026-09-01") { id } }`,
      ),
      { y: id('year'), t: P.mathTeacher, s: id('algebra'), c: id('7Б') },
      admin,
    )
  ).assignTeacher.id;
  for (const [a, weekday, n] of [
    [id('assignment'), 1, 1],
    [id('assignment'), 3, 2],
    [id('assignment'), 5, 3],
    [id('assignment7b'), 1, 2],
  ] as const) {
    await ok(
      op(
        `mutation FixtureSetTimetableSlot($a: ID!, $w: Int!, $n: Int!) { setTimetableSlot(assignmentId: $a, weekday: $w, lessonNumber: $n, room: "207", validFrom: "2026-09-01") { id } }`,
      ),
      { a, w: weekday, n },
      admin,
    );
  }
  await ok(
    op(
      `mutation FixtureSetBellSchedule($s: ID!) { setBellSchedule(schoolId: $s, bells: [{lessonNumber: 1, startsAt: "08:30", endsAt: "09:10"}, {lessonNumber: 2, startsAt: "09:20", endsAt: "10:00"}]) { lessonNumber } }`,
    ),
    { s: DEMO_SCHOOL.schoolId },
    admin,
  );
  for (const [student, cls] of [
    [P.petya, '7А'],
    [P.anya, '7Б'],
  ] as const) {
    await ok(
      op(
        `mutation FixtureMoveStudent($s: ID!, $c: ID!) { moveStudent(studentId: $s, toClassId: $c, onDate: "2026-09-01", order: "Приказ № 112-у") { id } }`,
      ),
      { s: student, c: id(cls) },
      admin,
    );
  }
  return { admin, id, ok };
}
