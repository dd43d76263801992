import type { EntityManager } from '@mikro-orm/postgresql';
import { describe, expect, it } from 'vitest';
import { createLoaders, rangeKey } from './context.js';
import { AbsenceReason } from './modules/reasons/index.js';
import { AttendanceRecord } from './modules/records/index.js';

/** An EntityManager that answers `find` from fixed rows and counts the queries it was asked. */
function fakeEm(rows: { records: Partial<AttendanceRecord>[]; reasons: Partial<AbsenceReason>[] }) {
  const calls: { entity: string; where: unknown }[] = [];
  const em = {
    find: async (entity: unknown, where: unknown) => {
      calls.push({ entity: (entity as { name: string }).name, where });
      return entity === AttendanceRecord
        ? rows.records
        : entity === AbsenceReason
          ? rows.reasons
          : [];
    },
  } as unknown as EntityManager;
  return { em, calls };
}

const lessons = Array.from({ length: 30 }, (_, i) => `lesson-${i}`);
const record = (i: number, studentId: string): Partial<AttendanceRecord> => ({
  id: `r${i}-${studentId}`,
  lessonId: `lesson-${i}`,
  studentId,
  lessonDate: `2026-11-${String(1 + (i % 28)).padStart(2, '0')}`,
  status: 'absent',
});

describe('per-request loaders (no N+1)', () => {
  it('reads the attendance of a journal page of 30 lessons in one query', async () => {
    const { em, calls } = fakeEm({
      records: lessons.flatMap((_, i) =>
        i % 3 === 0 ? [record(i, 'petya'), record(i, 'anya')] : [],
      ),
      reasons: [],
    });
    const loaders = createLoaders(em);
    const pages = await Promise.all(lessons.map((l) => loaders.recordsByLesson.load(l)));
    expect(calls).toHaveLength(1);
    expect(calls[0]!.where).toEqual({ lessonId: { $in: lessons } });
    expect(pages[0]!.map((r) => r.studentId)).toEqual(['petya', 'anya']);
    expect(pages[1]).toEqual([]);
  });

  it('reads the absences of a class list in one query per date range', async () => {
    const students = Array.from({ length: 25 }, (_, i) => `s${i}`);
    const { em, calls } = fakeEm({ records: [record(3, 's1'), record(27, 's1')], reasons: [] });
    const loaders = createLoaders(em);
    const lists = await Promise.all(
      students.map((s) =>
        loaders.recordsByStudentRange.load(rangeKey(s, '2026-11-01', '2026-11-10')),
      ),
    );
    expect(calls).toHaveLength(1);
    // Only the records of the student and inside the range.
    expect(lists[1]!.map((r) => r.id)).toEqual(['r3-s1']);
    expect(lists[0]).toEqual([]);
  });

  it('reads the reasons of many absences in one query, latest reason winning', async () => {
    const { em, calls } = fakeEm({
      records: [],
      reasons: [
        { lessonId: 'lesson-1', studentId: 'petya', kind: 'unexcused' },
        { lessonId: 'lesson-1', studentId: 'petya', kind: 'illness' },
        { lessonId: 'lesson-2', studentId: 'petya', kind: 'family' },
      ],
    });
    const loaders = createLoaders(em);
    const reasons = await Promise.all(lessons.map((l) => loaders.reasonOf.load(`${l}:petya`)));
    expect(calls).toHaveLength(1);
    expect(reasons.slice(0, 3).map((r) => r?.kind ?? null)).toEqual([null, 'illness', 'family']);
  });
});
