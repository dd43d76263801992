import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withClient } from '@dnevnik/database/testing';
import { schoolFactsFactory } from '@dnevnik/school-facts/testing';
import { person, startSubgraphUnderTest } from '@dnevnik/service-runtime/testing';
import { curriculum } from '../../subgraph.js';

/**
 * Middle tier (ADR 0010): curriculum alone, built from its definition, on a fresh database and
 * the in-process bus. Curriculum is where a school's structure comes from, so the school, its
 * year, class, subject, teacher load and timetable are made by its own mutations, as the
 * region's official and the school's administrator would make them; only the parent link is
 * identity's, and arrives as its event.
 */
const FROM = '2026-10-19'; // a Monday of the first quarter
const TO = '2026-11-15'; // a Sunday of the second, after the autumn holidays
// Mondays (2nd lesson) and Wednesdays (3rd) of [FROM, TO] outside the holidays of 26.10–04.11.
const EXPECTED = [
  { date: '2026-10-19', lessonNumber: 2 },
  { date: '2026-10-21', lessonNumber: 3 },
  { date: '2026-11-09', lessonNumber: 2 },
  { date: '2026-11-11', lessonNumber: 3 },
];
const PERIODS = [
  { kind: 'QUARTER', name: '1 четверть', startsOn: '2026-09-01', endsOn: '2026-10-25' },
  { kind: 'HOLIDAY', name: 'Осенние каникулы', startsOn: '2026-10-26', endsOn: '2026-11-04' },
  { kind: 'QUARTER', name: '2 четверть', startsOn: '2026-11-05', endsOn: '2026-12-27' },
  { kind: 'HOLIDAY', name: 'Зимние каникулы', startsOn: '2026-12-28', endsOn: '2027-01-10' },
  { kind: 'QUARTER', name: '3 четверть', startsOn: '2027-01-11', endsOn: '2027-03-21' },
  { kind: 'HOLIDAY', name: 'Весенние каникулы', startsOn: '2027-03-22', endsOn: '2027-03-31' },
  { kind: 'QUARTER', name: '4 четверть', startsOn: '2027-04-01', endsOn: '2027-05-31' },
];

const REGISTER = `mutation($r: ID!, $n: String!) {
  registerSchool(regionId: $r, name: $n, timeZone: "Europe/Moscow") { id workingWeekdays } }`;
const BELLS = `mutation($s: ID!) { setBellSchedule(schoolId: $s, bells: [
  { lessonNumber: 2, startsAt: "09:00", endsAt: "09:45" },
  { lessonNumber: 3, startsAt: "10:00", endsAt: "10:45" }]) { lessonNumber } }`;
const YEAR = `mutation($s: ID!, $p: [PeriodInput!]!) {
  createAcademicYear(schoolId: $s, name: "2026/27", startsOn: "2026-09-01", endsOn: "2027-05-31",
    periods: $p) { id periods { kind } } }`;
const CLASS = `mutation($y: ID!, $l: String! = "А") { createClass(yearId: $y, grade: 7, letter: $l) { id name } }`;
const SUBJECT = `mutation($s: ID!) { createSubject(schoolId: $s, name: "Алгебра") { id } }`;
const ASSIGN = `mutation($y: ID!, $t: ID!, $s: ID!, $c: ID!) {
  assignTeacher(yearId: $y, teacherId: $t, subjectId: $s, classId: $c, startsOn: "2026-09-01") { id } }`;
const SLOT = `mutation($a: ID!, $w: Int!, $n: Int!) {
  setTimetableSlot(assignmentId: $a, weekday: $w, lessonNumber: $n, room: "214", validFrom: "2026-09-01") { id } }`;
const GENERATE = `mutation($y: ID!, $f: String, $t: String, $c: [ID!]) {
  generateLessons(yearId: $y, from: $f, to: $t, classIds: $c) { created cancelled } }`;
const ENROL = `mutation($st: ID!, $c: ID!, $d: String!) {
  moveStudent(studentId: $st, toClassId: $c, onDate: $d, order: "Приказ № 41-у") { id } }`;
const CLASS_LESSONS = `query($c: ID!) { classTimetable(classId: $c, from: "${FROM}", to: "${TO}") {
  id date lessonNumber startsAt room status subject { name } teacher { id } } }`;
const MY_LESSONS = `query { myTimetable(from: "${FROM}", to: "${TO}") { id date } }`;

interface LessonRow {
  id: string;
  date: string;
  lessonNumber: number;
  startsAt: string | null;
  room: string | null;
  status: string;
  subject: { name: string };
  teacher: { id: string };
}

let subjectId: string;
let sut: Awaited<ReturnType<typeof startSubgraphUnderTest<typeof curriculum>>>;
let schoolId: string;
let otherSchoolId: string;
let yearId: string;
let classId: string;
let teacherId: string;
let admin: ReturnType<typeof person>;

/** A school of the region, registered by the region's education authority. */
async function registerSchool(regionId: string, name: string): Promise<string> {
  const official = person(randomUUID(), [{ role: 'regional_official', regionId }]);
  const res = await sut.ok<{ registerSchool: { id: string; workingWeekdays: number[] } }>(
    REGISTER,
    { r: regionId, n: name },
    official,
  );
  expect(res.registerSchool.workingWeekdays).toEqual([1, 2, 3, 4, 5]);
  return res.registerSchool.id;
}

beforeAll(async () => {
  sut = await startSubgraphUnderTest(curriculum, {
    now: () => new Date(`${FROM}T09:30:00+03:00`),
  });
  const regionId = randomUUID();
  schoolId = await registerSchool(regionId, 'Школа № 1');
  otherSchoolId = await registerSchool(regionId, 'Школа № 2');
  admin = person(randomUUID(), [{ role: 'school_admin', schoolId }]);
  teacherId = randomUUID();

  await sut.ok(BELLS, { s: schoolId }, admin);
  const year = await sut.ok<{ createAcademicYear: { id: string; periods: { kind: string }[] } }>(
    YEAR,
    { s: schoolId, p: PERIODS },
    admin,
  );
  expect(year.createAcademicYear.periods).toHaveLength(PERIODS.length);
  yearId = year.createAcademicYear.id;
  classId = (await sut.ok<{ createClass: { id: string } }>(CLASS, { y: yearId }, admin)).createClass
    .id;
  subjectId = (await sut.ok<{ createSubject: { id: string } }>(SUBJECT, { s: schoolId }, admin))
    .createSubject.id;
  const assignmentId = (
    await sut.ok<{ assignTeacher: { id: string } }>(
      ASSIGN,
      { y: yearId, t: teacherId, s: subjectId, c: classId },
      admin,
    )
  ).assignTeacher.id;
  await sut.ok(SLOT, { a: assignmentId, w: 1, n: 2 }, admin);
  await sut.ok(SLOT, { a: assignmentId, w: 3, n: 3 }, admin);
});
afterAll(() => sut?.stop());

describe('generateLessons, curriculum on its own', () => {
  it('makes the timetable’s lessons on school days only, once, and publishes their events', async () => {
    const res = await sut.ok<{ generateLessons: { created: number; cancelled: number } }>(
      GENERATE,
      { y: yearId, f: FROM, t: TO },
      admin,
    );
    expect(res.generateLessons).toEqual({ created: EXPECTED.length, cancelled: 0 });

    const { classTimetable: lessons } = await sut.ok<{ classTimetable: LessonRow[] }>(
      CLASS_LESSONS,
      { c: classId },
      admin,
    );
    expect(lessons.map((l) => ({ date: l.date, lessonNumber: l.lessonNumber }))).toEqual(EXPECTED);
    expect(lessons[0]).toMatchObject({
      startsAt: '09:00',
      room: '214',
      status: 'SCHEDULED',
      subject: { name: 'Алгебра' },
      teacher: { id: teacherId },
    });

    await sut.settle();
    const { rows } = await withClient(sut.database.url, (c) =>
      c.query(
        `select payload->>'type' as type, payload->'data'->>'lessonId' as "lessonId", published_at
           from outbox_message where payload->>'type' like 'curriculum.lesson.%'`,
      ),
    );
    expect(rows).toHaveLength(EXPECTED.length);
    expect(rows.map((r) => r.lessonId).sort()).toEqual(lessons.map((l) => l.id).sort());
    for (const r of rows)
      expect(r).toMatchObject({
        type: 'curriculum.lesson.scheduled',
        published_at: expect.any(Date),
      });

    // Generation is idempotent: a second run over the same range adds nothing.
    const again = await sut.ok<{ generateLessons: { created: number; cancelled: number } }>(
      GENERATE,
      { y: yearId, f: FROM, t: TO },
      admin,
    );
    expect(again.generateLessons).toEqual({ created: 0, cancelled: 0 });
  });

  it('generates only the given classes’ lessons when asked, and refuses a class of no such year', async () => {
    const otherClass = (
      await sut.ok<{ createClass: { id: string } }>(CLASS, { y: yearId, l: 'Б' }, admin)
    ).createClass.id;
    const a = (
      await sut.ok<{ assignTeacher: { id: string } }>(
        ASSIGN,
        { y: yearId, t: randomUUID(), s: subjectId, c: otherClass },
        admin,
      )
    ).assignTeacher.id;
    await sut.ok(SLOT, { a, w: 2, n: 2 }, admin); // Tuesdays
    const only = await sut.ok<{ generateLessons: { created: number } }>(
      GENERATE,
      { y: yearId, f: FROM, t: TO, c: [otherClass] },
      admin,
    );
    // Tuesdays of the range outside the holidays: 20.10 and 10.11; 7А's lessons stay as they were.
    expect(only.generateLessons.created).toBe(2);
    const { classTimetable } = await sut.ok<{ classTimetable: LessonRow[] }>(
      CLASS_LESSONS,
      { c: otherClass },
      admin,
    );
    expect(classTimetable.map((l) => l.date)).toEqual(['2026-10-20', '2026-11-10']);

    for (const c of [[randomUUID()], [], ['не-идентификатор']]) {
      const bad = await sut.gql(GENERATE, { y: yearId, f: FROM, t: TO, c }, admin);
      expect(bad.errors?.[0]?.extensions, JSON.stringify(c)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'classIds',
      });
    }
  });

  it('refuses a timetable line that puts a teacher in two classes at once', async () => {
    const otherClass = (
      await sut.ok<{ createClass: { id: string } }>(CLASS, { y: yearId, l: 'В' }, admin)
    ).createClass.id;
    const sameTeacher = (
      await sut.ok<{ assignTeacher: { id: string } }>(
        ASSIGN,
        { y: yearId, t: teacherId, s: subjectId, c: otherClass },
        admin,
      )
    ).assignTeacher.id;
    // 7А has this teacher on Mondays, 2nd lesson.
    const clash = await sut.gql(SLOT, { a: sameTeacher, w: 1, n: 2 }, admin);
    expect(clash.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(clash.errors?.[0]?.message).toMatch(/учител/i);
    await sut.ok(SLOT, { a: sameTeacher, w: 1, n: 4 }, admin);
  });

  it('refuses the school’s teacher and another school’s administrator', async () => {
    const teacher = person(teacherId, [{ role: 'subject_teacher', schoolId }]);
    const otherAdmin = person(randomUUID(), [{ role: 'school_admin', schoolId: otherSchoolId }]);
    for (const viewer of [teacher, otherAdmin]) {
      const refused = await sut.gql(GENERATE, { y: yearId, f: FROM, t: TO }, viewer);
      expect(refused.data).toBeNull();
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('rejects a date that is not a real ISO date, a reversed range and one past the year', async () => {
    for (const from of ['2026-02-30', '19.10.2026']) {
      const bad = await sut.gql(GENERATE, { y: yearId, f: from, t: TO }, admin);
      expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    const reversed = await sut.gql(GENERATE, { y: yearId, f: TO, t: FROM }, admin);
    expect(reversed.errors?.[0]).toMatchObject({
      message: expect.stringContaining('позже его конца'),
      extensions: { code: 'BAD_USER_INPUT', field: 'from' },
    });
    const pastYear = await sut.gql(GENERATE, { y: yearId, f: FROM, t: '2127-06-01' }, admin);
    expect(pastYear.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
  });

  it('shows the lessons to the class’s students while enrolled and to a parent, not to a stranger', async () => {
    const studentId = randomUUID();
    const latecomerId = randomUUID();
    await sut.ok(ENROL, { st: studentId, c: classId, d: '2026-09-01' }, admin);
    await sut.ok(ENROL, { st: latecomerId, c: classId, d: '2026-11-01' }, admin);
    const parentId = await schoolFactsFactory(sut.publish).parentOf(studentId);

    const datesSeenBy = async (viewer: ReturnType<typeof person>) =>
      (await sut.ok<{ myTimetable: { date: string }[] }>(MY_LESSONS, {}, viewer)).myTimetable.map(
        (l) => l.date,
      );
    const all = EXPECTED.map((l) => l.date);
    expect(await datesSeenBy(person(studentId, [{ role: 'student', schoolId }]))).toEqual(all);
    expect(await datesSeenBy(person(parentId, [{ role: 'parent' }]))).toEqual(all);
    // A7: only the lessons of the days the student belonged to the class.
    expect(await datesSeenBy(person(latecomerId, [{ role: 'student', schoolId }]))).toEqual(
      all.filter((d) => d >= '2026-11-01'),
    );

    const stranger = person(randomUUID(), [{ role: 'student', schoolId: otherSchoolId }]);
    expect(await datesSeenBy(stranger)).toEqual([]);
    const foreign = await sut.gql(CLASS_LESSONS, { c: classId }, stranger);
    expect(foreign.data?.classTimetable ?? null).toBeNull();
    expect(foreign.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
