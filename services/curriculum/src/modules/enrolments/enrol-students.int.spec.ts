import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withClient } from '@dnevnik/database/testing';
import { person, startSubgraphUnderTest } from '@dnevnik/service-runtime/testing';
import { curriculum } from '../../subgraph.js';

/** Middle tier (ADR 0010): curriculum alone; the school is made by its own mutations. */
const REGISTER = `mutation($r: ID!) {
  registerSchool(regionId: $r, name: "Школа № 7", timeZone: "Europe/Moscow") { id } }`;
const YEAR = `mutation($s: ID!) {
  createAcademicYear(schoolId: $s, name: "2026/27", startsOn: "2026-09-01", endsOn: "2027-05-31",
    periods: [{ kind: QUARTER, name: "1 четверть", startsOn: "2026-09-01", endsOn: "2026-10-25" }]) { id } }`;
const CLASS = `mutation($y: ID!) { createClass(yearId: $y, grade: 1, letter: "А") { id } }`;
const ENROL = `mutation($c: ID!, $s: [ID!]!) {
  enrolStudents(classId: $c, studentIds: $s, onDate: "2026-09-01", order: "Приказ № 77-у от 28.08") {
    id startsOn student { id } } }`;
const ROSTER = `query($c: ID!) { classRoster(classId: $c, onDate: "2026-09-02") { id } }`;

let sut: Awaited<ReturnType<typeof startSubgraphUnderTest<typeof curriculum>>>;
let admin: ReturnType<typeof person>;
let schoolId: string;
let classId: string;

beforeAll(async () => {
  sut = await startSubgraphUnderTest(curriculum, {
    now: () => new Date('2026-08-28T10:00:00+03:00'),
  });
  const regionId = randomUUID();
  const official = person(randomUUID(), [{ role: 'regional_official', regionId }]);
  schoolId = (await sut.ok<{ registerSchool: { id: string } }>(REGISTER, { r: regionId }, official))
    .registerSchool.id;
  admin = person(randomUUID(), [{ role: 'school_admin', schoolId }]);
  const yearId = (
    await sut.ok<{ createAcademicYear: { id: string } }>(YEAR, { s: schoolId }, admin)
  ).createAcademicYear.id;
  classId = (await sut.ok<{ createClass: { id: string } }>(CLASS, { y: yearId }, admin)).createClass
    .id;
});
afterAll(() => sut?.stop());

describe('enrolStudents: a class list under one order', () => {
  it('enrols every student of the order, each with its event', async () => {
    const students = [randomUUID(), randomUUID(), randomUUID()];
    const res = await sut.ok<{ enrolStudents: { startsOn: string; student: { id: string } }[] }>(
      ENROL,
      { c: classId, s: students },
      admin,
    );
    expect(res.enrolStudents.map((e) => e.student.id)).toEqual(students);
    const roster = await sut.ok<{ classRoster: { id: string }[] }>(ROSTER, { c: classId }, admin);
    expect(roster.classRoster.map((p) => p.id).sort()).toEqual([...students].sort());
    await sut.settle();
    const { rows } = await withClient(sut.database.url, (c) =>
      c.query(
        `select count(*)::int as n from outbox_message
          where payload->>'type' = 'curriculum.enrolment.changed'
            and payload->'data'->>'studentId' = any($1)`,
        [students],
      ),
    );
    expect(rows[0].n).toBe(3);
  });

  it('refuses the whole order when one student is enrolled already, and names them', async () => {
    const [enrolled] = (
      await sut.ok<{ classRoster: { id: string }[] }>(ROSTER, { c: classId }, admin)
    ).classRoster;
    const fresh = randomUUID();
    const refused = await sut.gql(ENROL, { c: classId, s: [fresh, enrolled!.id] }, admin);
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'studentIds',
      enrolled: [enrolled!.id],
    });
    const roster = await sut.ok<{ classRoster: { id: string }[] }>(ROSTER, { c: classId }, admin);
    expect(roster.classRoster.map((p) => p.id)).not.toContain(fresh);
  });

  it('rejects an empty or repeated list and refuses a teacher', async () => {
    const id = randomUUID();
    for (const s of [[], [id, id]]) {
      const bad = await sut.gql(ENROL, { c: classId, s }, admin);
      expect(bad.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'studentIds',
      });
    }
    const teacher = person(randomUUID(), [{ role: 'subject_teacher', schoolId }]);
    const refused = await sut.gql(ENROL, { c: classId, s: [randomUUID()] }, teacher);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
