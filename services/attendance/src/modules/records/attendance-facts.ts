import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import type { AbsenceReasonKind } from '@dnevnik/contracts';
import { AbsenceReason } from '../reasons/reason.entities.js';
import {
  currentRecords,
  latestReasons,
  lessonKey,
  type TallyRecord,
} from '../reports/report.rules.js';
import { AttendanceRecord } from './record.entities.js';

/** A current record with the reason that applies to it now. */
export interface RecordFact extends TallyRecord {
  record: AttendanceRecord;
  reason: AbsenceReasonKind | null;
}

/**
 * What the journal says now for some students in a date range: current records (corrections
 * applied) and each absence's latest reason. Three queries, whatever the number of students.
 */
export async function currentFacts(
  em: EntityManager,
  where: { studentIds?: readonly string[]; schoolId?: string; from: string; to: string },
): Promise<RecordFact[]> {
  if (where.studentIds && where.studentIds.length === 0) return [];
  const filter: FilterQuery<AttendanceRecord> = {
    lessonDate: { $gte: where.from, $lte: where.to },
    ...(where.studentIds ? { studentId: { $in: [...where.studentIds] } } : {}),
    ...(where.schoolId ? { schoolId: where.schoolId } : {}),
  };
  const records = currentRecords(
    await em.find(AttendanceRecord, filter, { orderBy: { seq: 'asc' } }),
  );
  const absent = records.filter((r) => r.status === 'absent');
  const reasons =
    absent.length === 0
      ? []
      : await em.find(
          AbsenceReason,
          {
            lessonDate: { $gte: where.from, $lte: where.to },
            studentId: { $in: [...new Set(absent.map((r) => r.studentId))] },
          },
          { orderBy: { seq: 'asc' } },
        );
  const latest = latestReasons(reasons);
  return records.map((record) => ({
    record,
    studentId: record.studentId,
    subjectId: record.subjectId,
    status: record.status,
    lateMinutes: record.lateMinutes,
    reason:
      record.status === 'absent'
        ? (latest.get(lessonKey(record.lessonId, record.studentId))?.kind ?? null)
        : null,
  }));
}
