import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withClient } from '@dnevnik/database/testing';
import { schoolFactsFactory } from '@dnevnik/school-facts/testing';
import { person, startSubgraphUnderTest } from '@dnevnik/service-runtime/testing';
import { gradebook } from '../../subgraph.js';

/**
 * Middle tier (ADR 0010): gradebook alone, built from its definition, on a fresh database and
 * the in-process bus. The school's facts arrive as curriculum's and identity's events; the
 * marks go through the real postMark use case.
 */
const MONDAY = '2026-11-23';
let sut: Awaited<ReturnType<typeof startSubgraphUnderTest<typeof gradebook>>>;
let lessonId: string;
let studentId: string;
let parentId: string;
let teacher: ReturnType<typeof person>;

const POST = `mutation($i: PostMarkInput!) { postMark(input: $i) { id value timing } }`;
const MARKS = `query($s: ID!) { studentMarks(studentId: $s, from: "${MONDAY}", to: "${MONDAY}") { id value } }`;

beforeAll(async () => {
  sut = await startSubgraphUnderTest(gradebook, {
    now: () => new Date(`${MONDAY}T09:30:00+03:00`),
  });
  const facts = schoolFactsFactory(sut.publish);
  const school = await facts.school();
  const classId = await facts.class(school);
  studentId = await facts.enrol(school, classId, '2026-09-01');
  parentId = await facts.parentOf(studentId);
  const assignment = await facts.assignment(school, classId, '2026-09-01');
  lessonId = await facts.lesson(school, assignment, MONDAY);
  teacher = person(assignment.teacherId, [{ role: 'subject_teacher', schoolId: school.schoolId }]);
});
afterAll(() => sut?.stop());

describe('postMark, gradebook on its own', () => {
  it('stores the lesson teacher’s mark, publishes its event and shows it to the parent', async () => {
    const res = await sut.ok<{ postMark: { id: string; value: string; timing: string } }>(
      POST,
      { i: { lessonId, studentId, workType: 'answer', value: '5' } },
      teacher,
    );
    expect(res.postMark).toMatchObject({ value: '5', timing: 'ON_TIME' });
    await sut.settle();
    const { rows } = await withClient(sut.database.url, (c) =>
      c.query(
        `select payload->>'type' as type, published_at from outbox_message where payload->'data'->>'markId' = $1`,
        [res.postMark.id],
      ),
    );
    expect(rows).toEqual([{ type: 'gradebook.mark.posted', published_at: expect.any(Date) }]);
    const seen = await sut.ok<{ studentMarks: { id: string }[] }>(
      MARKS,
      { s: studentId },
      person(parentId, [{ role: 'parent' }]),
    );
    expect(seen.studentMarks.map((m) => m.id)).toEqual([res.postMark.id]);
  });

  it('refuses another teacher, an unknown lesson and a stranger reading the marks', async () => {
    const other = person('0192f5a0-0000-7000-8000-0000000000aa', [{ role: 'subject_teacher' }]);
    const refused = await sut.gql(
      POST,
      { i: { lessonId, studentId, workType: 'answer', value: '4' } },
      other,
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const unknown = await sut.gql(
      POST,
      {
        i: {
          lessonId: '0192f5a0-0000-7000-8000-0000000000bb',
          studentId,
          workType: 'answer',
          value: '4',
        },
      },
      teacher,
    );
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const stranger = person('0192f5a0-0000-7000-8000-0000000000cc', [{ role: 'parent' }]);
    const foreign = await sut.gql(MARKS, { s: studentId }, stranger);
    expect(foreign.data?.studentMarks ?? []).toEqual([]);
    expect(foreign.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
