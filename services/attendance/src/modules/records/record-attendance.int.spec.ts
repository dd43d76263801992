import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withClient } from '@dnevnik/database/testing';
import { schoolFactsFactory } from '@dnevnik/school-facts/testing';
import { person, startSubgraphUnderTest } from '@dnevnik/service-runtime/testing';
import { attendance } from '../../subgraph.js';

/**
 * Middle tier (ADR 0010): attendance alone, built from its definition, on a fresh database and
 * the in-process bus. The school's facts arrive as curriculum's and identity's events; the
 * records go through the real recordAttendance and correctAttendance use cases. The clock stands
 * on the lesson day, in the school's time zone (P1).
 */
const MONDAY = '2026-11-23';
let sut: Awaited<ReturnType<typeof startSubgraphUnderTest<typeof attendance>>>;
let lessonId: string;
/** absentId and lateId are recorded in the first case and read in the second. */
let absentId: string;
let lateId: string;
/** Left untouched by the refusals, then recorded and corrected in the last case. */
let spareId: string;
let outsiderId: string;
let teacher: ReturnType<typeof person>;
let parentOfAbsent: ReturnType<typeof person>;
let parentOfLate: ReturnType<typeof person>;

interface Rec {
  id: string;
  status: string;
  lateMinutes: number | null;
  timing: string;
  current: boolean;
  student: { id: string };
}
const FIELDS = 'id status lateMinutes timing current student { id }';
const RECORD = `mutation($l: ID!, $e: [AttendanceEntryInput!]!) {
  recordAttendance(lessonId: $l, entries: $e) { ${FIELDS} } }`;
const CORRECT = `mutation($r: ID!, $s: AttendanceStatus!, $why: String!) {
  correctAttendance(recordId: $r, status: $s, reason: $why) {
    ${FIELDS} correctionReason replaces { id current } } }`;
const ABSENCES = `query($r: [_Any!]!) { _entities(representations: $r) {
  ... on Person { absences(from: "${MONDAY}", to: "${MONDAY}") { id } } } }`;
const LESSON = `query($r: [_Any!]!) { _entities(representations: $r) {
  ... on Lesson { attendance { id student { id } } } } }`;

const personRef = (id: string) => ({ r: [{ __typename: 'Person', id }] });
const lessonRef = () => ({ r: [{ __typename: 'Lesson', id: lessonId }] });

async function outboxTypes(recordIds: string[]) {
  const { rows } = await withClient(sut.database.url, (c) =>
    c.query<{ type: string; published: boolean }>(
      `select payload->>'type' as type, published_at is not null as published from outbox_message
        where payload->'data'->>'recordId' = any($1) order by seq`,
      [recordIds],
    ),
  );
  return rows;
}

async function recordsOf(studentId: string) {
  const { rows } = await withClient(sut.database.url, (c) =>
    c.query('select id from attendance_record where student_id = $1', [studentId]),
  );
  return rows;
}

beforeAll(async () => {
  sut = await startSubgraphUnderTest(attendance, {
    now: () => new Date(`${MONDAY}T10:15:00+03:00`),
  });
  const facts = schoolFactsFactory(sut.publish);
  const school = await facts.school();
  const classId = await facts.class(school);
  absentId = await facts.enrol(school, classId, '2026-09-01');
  lateId = await facts.enrol(school, classId, '2026-09-01');
  spareId = await facts.enrol(school, classId, '2026-09-01');
  outsiderId = await facts.enrol(school, await facts.class(school, 7, 'Б'), '2026-09-01');
  parentOfAbsent = person(await facts.parentOf(absentId), [{ role: 'parent' }]);
  parentOfLate = person(await facts.parentOf(lateId), [{ role: 'parent' }]);
  const assignment = await facts.assignment(school, classId, '2026-09-01');
  lessonId = await facts.lesson(school, assignment, MONDAY);
  teacher = person(assignment.teacherId, [{ role: 'subject_teacher', schoolId: school.schoolId }]);
});
afterAll(() => sut?.stop());

describe('recordAttendance, attendance on its own', () => {
  it('stores the lesson teacher’s absence and lateness, publishes them and shows them to the parent', async () => {
    const res = await sut.ok<{ recordAttendance: Rec[] }>(
      RECORD,
      {
        l: lessonId,
        e: [
          { studentId: absentId, status: 'ABSENT' },
          { studentId: lateId, status: 'LATE', lateMinutes: 10, comment: 'Автобус' },
        ],
      },
      teacher,
    );
    expect(res.recordAttendance).toMatchObject([
      {
        status: 'ABSENT',
        lateMinutes: null,
        timing: 'ON_TIME',
        current: true,
        student: { id: absentId },
      },
      {
        status: 'LATE',
        lateMinutes: 10,
        timing: 'ON_TIME',
        current: true,
        student: { id: lateId },
      },
    ]);
    const ids = res.recordAttendance.map((r) => r.id);
    await sut.settle();
    expect(await outboxTypes(ids)).toEqual([
      { type: 'attendance.absence.recorded', published: true },
      { type: 'attendance.absence.recorded', published: true },
    ]);
    const seen = await sut.ok<{ _entities: { absences: { id: string }[] }[] }>(
      ABSENCES,
      personRef(absentId),
      parentOfAbsent,
    );
    expect(seen._entities[0]!.absences.map((r) => r.id)).toEqual([ids[0]]);
  });

  it('shows another parent only their own child’s record and refuses a stranger', async () => {
    const lesson = await sut.ok<{ _entities: { attendance: { student: { id: string } }[] }[] }>(
      LESSON,
      lessonRef(),
      parentOfLate,
    );
    expect(lesson._entities[0]!.attendance.map((r) => r.student.id)).toEqual([lateId]);
    const other = await sut.gql(ABSENCES, personRef(absentId), parentOfLate);
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const stranger = person('0192f5a0-0000-7000-8000-0000000000cc', [{ role: 'parent' }]);
    const foreign = await sut.gql(ABSENCES, personRef(absentId), stranger);
    expect(foreign.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses another teacher, a student of another class and values that are no entry', async () => {
    const otherTeacher = person('0192f5a0-0000-7000-8000-0000000000aa', [
      { role: 'subject_teacher' },
    ]);
    // The code and, for bad input, the field the service names: each refusal is the intended one.
    const refusal = async (entry: Record<string, unknown>, viewer = teacher) =>
      (await sut.gql(RECORD, { l: lessonId, e: [entry] }, viewer)).errors?.[0]?.extensions;
    const bad = (field: string) => ({ code: 'BAD_USER_INPUT', field });
    expect(await refusal({ studentId: spareId, status: 'ABSENT' }, otherTeacher)).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await refusal({ studentId: outsiderId, status: 'ABSENT' })).toEqual(bad('studentId'));
    // Present is the default and is never a first record; minutes belong to lateness only.
    expect(await refusal({ studentId: spareId, status: 'PRESENT' })).toEqual(bad('status'));
    expect(await refusal({ studentId: spareId, status: 'LATE' })).toEqual(bad('lateMinutes'));
    expect(await refusal({ studentId: spareId, status: 'ABSENT', lateMinutes: 5 })).toEqual(
      bad('lateMinutes'),
    );
    expect(await recordsOf(spareId)).toEqual([]);
    expect(await recordsOf(outsiderId)).toEqual([]);
  });

  it('lets the teacher undo a mistaken absence within the 7 days with a new record (G1)', async () => {
    const first = await sut.ok<{ recordAttendance: Rec[] }>(
      RECORD,
      { l: lessonId, e: [{ studentId: spareId, status: 'ABSENT' }] },
      teacher,
    );
    const oldId = first.recordAttendance[0]!.id;
    const res = await sut.ok<{
      correctAttendance: Rec & {
        correctionReason: string;
        replaces: { id: string; current: boolean };
      };
    }>(CORRECT, { r: oldId, s: 'PRESENT', why: 'Ученик был на уроке' }, teacher);
    expect(res.correctAttendance).toMatchObject({
      status: 'PRESENT',
      timing: 'ON_TIME',
      current: true,
      correctionReason: 'Ученик был на уроке',
      replaces: { id: oldId, current: false },
    });
    await sut.settle();
    expect(await outboxTypes([oldId, res.correctAttendance.id])).toEqual([
      { type: 'attendance.absence.recorded', published: true },
      { type: 'attendance.absence.corrected', published: true },
    ]);
    expect(await recordsOf(spareId)).toHaveLength(2);
  });
});
