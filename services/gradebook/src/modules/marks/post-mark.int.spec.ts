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
let classmates: string[];
let outsider: string;

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
  classmates = [
    await facts.enrol(school, classId, '2026-09-01'),
    await facts.enrol(school, classId, '2026-09-01'),
  ];
  // Enrolled in another class of the school: not in this lesson.
  outsider = await facts.enrol(school, await facts.class(school, 7, 'Б'), '2026-09-01');
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

const GRID = `mutation($i: PostMarksInput!) { postMarks(input: $i) { id value student { id } } }`;

describe('postMarks, a lesson’s column at once', () => {
  const markCount = async () =>
    (await withClient(sut.database.url, (c) => c.query('select count(*)::int as n from mark')))
      .rows[0].n as number;

  it('stores every entry, in order, each a step of the journal’s chain with its event', async () => {
    const before = await markCount();
    const res = await sut.ok<{
      postMarks: { id: string; value: string; student: { id: string } }[];
    }>(
      GRID,
      {
        i: {
          lessonId,
          workType: 'test',
          entries: classmates.map((id, i) => ({ studentId: id, value: String(5 - i) })),
        },
      },
      teacher,
    );
    expect(res.postMarks.map((m) => [m.student.id, m.value])).toEqual([
      [classmates[0], '5'],
      [classmates[1], '4'],
    ]);
    expect(await markCount()).toBe(before + 2);
    await sut.settle();
    const { rows } = await withClient(sut.database.url, (c) =>
      c.query(
        `select count(*)::int as n from outbox_message
          where payload->>'type' = 'gradebook.mark.posted' and payload->'data'->>'markId' = any($1)`,
        [res.postMarks.map((m) => m.id)],
      ),
    );
    expect(rows[0].n).toBe(2);
  });

  it('writes nothing when one entry is wrong, and names its row', async () => {
    const before = await markCount();
    const grid = (entries: { studentId: string; value: string }[]) =>
      sut.gql(GRID, { i: { lessonId, workType: 'answer', entries } }, teacher);
    const first = { studentId: classmates[0]!, value: '5' };
    const notInLesson = await grid([first, { studentId: outsider, value: '4' }]);
    expect(notInLesson.errors?.[0]).toMatchObject({
      message: expect.stringContaining('Строка 2'),
      extensions: { code: 'BAD_USER_INPUT', field: 'entries[1].studentId' },
    });
    const badValue = await grid([first, { studentId: classmates[1]!, value: '7' }]);
    expect(badValue.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'entries[1].value',
    });
    for (const entries of [[first, { ...first, value: '4' }], []]) {
      const refused = await grid(entries);
      expect(refused.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'entries',
      });
    }
    expect(await markCount()).toBe(before);
  });

  it('answers a column sent again with the same requestIds with the marks it stored', async () => {
    const input = {
      lessonId,
      workType: 'answer',
      entries: classmates.map((id, i) => ({
        studentId: id,
        value: '3',
        requestId: `0192f5a0-0000-7000-8000-00000000010${i}`,
      })),
    };
    const first = await sut.ok<{ postMarks: { id: string }[] }>(GRID, { i: input }, teacher);
    const before = await markCount();
    const again = await sut.ok<{ postMarks: { id: string }[] }>(GRID, { i: input }, teacher);
    expect(again.postMarks.map((m) => m.id)).toEqual(first.postMarks.map((m) => m.id));
    expect(await markCount()).toBe(before);
    const changed = await sut.gql(
      GRID,
      { i: { ...input, entries: [{ ...input.entries[0]!, value: '4' }, input.entries[1]!] } },
      teacher,
    );
    expect(changed.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'requestId',
    });
    // Half a repeat: the first mark was stored by that id, the second id is new.
    const half = await sut.gql(
      GRID,
      {
        i: {
          ...input,
          entries: [
            input.entries[0]!,
            { ...input.entries[1]!, requestId: '0192f5a0-0000-7000-8000-000000000199' },
          ],
        },
      },
      teacher,
    );
    expect(half.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'entries',
    });
    expect(await markCount()).toBe(before);
  });

  it('refuses anyone but the lesson’s teacher', async () => {
    const other = person('0192f5a0-0000-7000-8000-0000000000dd', [{ role: 'subject_teacher' }]);
    const refused = await sut.gql(
      GRID,
      { i: { lessonId, workType: 'answer', entries: [{ studentId, value: '3' }] } },
      other,
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
