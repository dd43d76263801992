import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import type { CheckpointReport, RecordChainVerdict } from '@dnevnik/audit';
import { isPerson, isService, requirePerson } from '@dnevnik/auth';
import type { AbsenceReasonKind } from '@dnevnik/contracts';
import { badInput, forbidden, requireDate, requireUuid } from '@dnevnik/errors';
import { journalKey, requireAssignment } from '@dnevnik/school-facts';
import { rangeKey, type AttendanceContext } from '../../context.js';
import { attendanceCheckpoint } from '../checkpoints/index.js';
import { AbsenceReason } from '../reasons/index.js';
import { currentRecords, latestReasons, lessonKey, type TallyRecord } from '../reports/index.js';
import { verifyAttendanceChain } from './record-chain.rules.js';
import {
  canReadLessonAttendance,
  canReadStudentAttendance,
  canVerifyAttendance,
} from './records.access.js';
import { AttendanceRecord } from './records.entities.js';
import { daysBetween } from '@dnevnik/school-time';

/** A year and a bit: the longest range one request reads. */
const MAX_RANGE_DAYS = 400;

export function requireRange(from: string, to: string): { from: string; to: string } {
  requireDate(from, 'from');
  requireDate(to, 'to');
  if (to < from) throw badInput('Конец периода раньше начала.', { field: 'to' });
  if (daysBetween(from, to) > MAX_RANGE_DAYS)
    throw badInput(`Период — не длиннее ${MAX_RANGE_DAYS} дней.`, { field: 'to' });
  return { from, to };
}

/**
 * Lesson.attendance: the lesson's records the viewer may see, batched across the lessons of a
 * request; a parent sees only their children's, including through `_entities` (A8).
 */
export async function lessonAttendance(
  ctx: AttendanceContext,
  lessonId: string,
): Promise<AttendanceRecord[]> {
  // A service reaches here only to be filtered by its school's archivist grant.
  const viewer = isService(ctx.viewer) ? ctx.viewer : requirePerson(ctx.viewer);
  const records = await ctx.loaders.recordsByLesson.load(lessonId);
  if (records.length === 0) return [];
  const children = isService(viewer) ? new Set<string>() : await ctx.childIds();
  return records.filter((r) => canReadLessonAttendance(viewer, r.schoolId, r.studentId, children));
}

/**
 * A student's records in a date range, corrections included: for the student, their verified
 * parents and staff of the school the records were kept in. Batched across the people of a
 * request (Person.absences). "Nothing recorded" and "not yours" answer the same only to staff;
 * anyone else learns nothing about another child.
 */
export async function studentRecords(
  ctx: AttendanceContext,
  studentId: string,
  from: string,
  to: string,
): Promise<AttendanceRecord[]> {
  const viewer = requirePerson(ctx.viewer);
  const id = requireUuid(studentId, 'studentId');
  requireRange(from, to);
  const records = await ctx.loaders.recordsByStudentRange.load(rangeKey(id, from, to));
  const children = await ctx.childIds();
  if (viewer.personId === id || children.has(id)) return records;
  const visible = records.filter((r) => canReadStudentAttendance(viewer, r.schoolId, id, children));
  if (visible.length > 0) return visible;
  const school = await ctx.loaders.schoolOfStudent.load(id);
  if (!school || !isPerson(viewer) || !canReadStudentAttendance(viewer, school, id, children))
    throw forbidden('Нет доступа к посещаемости этого ученика.');
  return visible;
}

/**
 * P1, G2: verifies a class journal's attendance chain, naming the first record that fails, and
 * compares it with the latest signed checkpoint kept outside the database (ADR 0009).
 */
export async function verifyAttendance(
  ctx: AttendanceContext,
  assignmentId: string,
): Promise<{ chain: RecordChainVerdict; checkpoint: CheckpointReport }> {
  const viewer = requirePerson(ctx.viewer);
  const assignment = await requireAssignment(ctx.em, requireUuid(assignmentId, 'assignmentId'));
  if (!canVerifyAttendance(viewer, assignment.schoolId))
    throw forbidden('Проверку журнала проводит руководство школы.');
  const key = journalKey(assignment);
  const records = await ctx.em.find(
    AttendanceRecord,
    { journalKey: key },
    { orderBy: { seq: 'asc' } },
  );
  return {
    chain: verifyAttendanceChain(records),
    checkpoint: await attendanceCheckpoint(
      ctx.deps.witness,
      key,
      records.map((r) => r.hash),
    ),
  };
}

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
