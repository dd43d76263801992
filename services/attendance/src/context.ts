import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { schoolsOfStudents, verifiedChildIds } from '@dnevnik/school-facts';
import type { BaseRequestContext } from '@dnevnik/server-kit';
import type { ChainWitnessDeps, RuntimeDeps } from '@dnevnik/service-runtime';
import { AbsenceNotice, AbsenceReason } from './modules/reasons/index.js';
import { AttendanceRecord } from './modules/records/index.js';
import { latestReasons } from './modules/reports/index.js';

/**
 * The runtime's parts every use case may need: logger, the clock the lesson day is measured
 * against, outbox wake-up, and the witness of the journals' and audit chains (ADR 0009).
 */
export type AttendanceDeps = RuntimeDeps & ChainWitnessDeps;

export interface AttendanceContext extends BaseRequestContext {
  em: EntityManager;
  deps: AttendanceDeps;
  loaders: Loaders;
  /** Verified, current children of the viewer (A8), from identity's events. */
  childIds: () => Promise<Set<string>>;
}

function grouped<T>(rows: T[], key: (r: T) => string, keys: readonly string[]): T[][] {
  const map = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const r of rows) map.get(key(r))?.push(r);
  return keys.map((k) => map.get(k) ?? []);
}

/** The key of a student's records in a date range: `studentId|from|to`. */
export const rangeKey = (studentId: string, from: string, to: string) =>
  `${studentId}|${from}|${to}`;

/**
 * Per-request batching: a journal page of 30 lessons asks for their attendance once, and a
 * class list asks for its students' absences once, however many entities the gateway sends.
 */
export function createLoaders(em: EntityManager) {
  return {
    recordsByLesson: new DataLoader<string, AttendanceRecord[]>(async (lessonIds) =>
      grouped(
        await em.find(
          AttendanceRecord,
          { lessonId: { $in: [...lessonIds] } },
          { orderBy: { seq: 'asc' } },
        ),
        (r) => r.lessonId,
        lessonIds,
      ),
    ),
    /** Keys from `rangeKey`; one query per distinct date range (one, in practice). */
    recordsByStudentRange: new DataLoader<string, AttendanceRecord[]>(async (keys) => {
      const byRange = new Map<string, string[]>();
      for (const key of keys) {
        const [studentId, from, to] = key.split('|') as [string, string, string];
        const range = `${from}|${to}`;
        byRange.set(range, [...(byRange.get(range) ?? []), studentId]);
      }
      const rows: AttendanceRecord[] = [];
      for (const [range, studentIds] of byRange) {
        const [from, to] = range.split('|') as [string, string];
        rows.push(
          ...(await em.find(
            AttendanceRecord,
            { studentId: { $in: studentIds }, lessonDate: { $gte: from, $lte: to } },
            { orderBy: { seq: 'asc' } },
          )),
        );
      }
      return keys.map((key) => {
        const [studentId, from, to] = key.split('|') as [string, string, string];
        return rows.filter(
          (r) => r.studentId === studentId && r.lessonDate >= from && r.lessonDate <= to,
        );
      });
    }),
    recordById: new DataLoader<string, AttendanceRecord | null>(async (ids) => {
      const rows = await em.find(AttendanceRecord, { id: { $in: [...ids] } });
      return ids.map((id) => rows.find((r) => r.id === id) ?? null);
    }),
    /** The id of the record that corrected this one, or null while it is current. */
    replacementOf: new DataLoader<string, string | null>(async (ids) => {
      const rows = await em.find(AttendanceRecord, { replacesRecordId: { $in: [...ids] } });
      return ids.map((id) => rows.find((r) => r.replacesRecordId === id)?.id ?? null);
    }),
    /** The reason that applies now to a student's lesson; keys from `lessonKey`. */
    reasonOf: new DataLoader<string, AbsenceReason | null>(async (keys) => {
      const lessonIds = [...new Set(keys.map((k) => k.split(':')[0]!))];
      const rows = await em.find(
        AbsenceReason,
        { lessonId: { $in: lessonIds } },
        { orderBy: { seq: 'asc' } },
      );
      const latest = latestReasons(rows);
      return keys.map((k) => latest.get(k) ?? null);
    }),
    /** The school a student is (or was last) enrolled in, for access checks. */
    schoolOfStudent: new DataLoader<string, string | null>(async (ids) => {
      const schools = await schoolsOfStudents(em, ids);
      return ids.map((id) => schools.get(id) ?? null);
    }),
    noticeById: new DataLoader<string, AbsenceNotice | null>(async (ids) => {
      const rows = await em.find(AbsenceNotice, { id: { $in: [...ids] } });
      return ids.map((id) => rows.find((n) => n.id === id) ?? null);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

export function buildAttendanceContext(
  base: BaseRequestContext,
  em: EntityManager,
  deps: AttendanceDeps,
): AttendanceContext {
  let children: Promise<Set<string>> | null = null;
  return {
    ...base,
    em,
    deps,
    loaders: createLoaders(em),
    childIds: () => (children ??= verifiedChildIds(em, base.viewer)),
  };
}
