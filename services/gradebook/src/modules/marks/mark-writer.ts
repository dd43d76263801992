import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '@dnevnik/errors';
import {
  journalKey,
  requireAssignment,
  requireSchool,
  type RmAssignment,
} from '@dnevnik/school-facts';
import type { GradebookContext } from '../../context.js';
import { LateEntryPermitRow, Mark, TransferWindow } from './mark.entities.js';
import { GENESIS, markHash } from './mark-chain.js';
import { localDate, markEntryTiming, type WorkKind } from './rules/deadlines.rules.js';
import type { WorkType } from './rules/weights.js';

/** Work types whose marks may be entered within a week (M5); the rest on the lesson day. */
export const WRITTEN_WORK: readonly WorkType[] = [
  'test',
  'control',
  'laboratory',
  'practical',
  'essay',
  'dictation',
  'project',
];

/** Work types graded with a paired mark «4/5» (dictation with a task, essay: content/literacy). */
export const PAIRED_WORK: readonly WorkType[] = ['dictation', 'essay'];

export const workKindOf = (workType: WorkType): WorkKind =>
  WRITTEN_WORK.includes(workType) ? 'written' : 'oral';

/** The journal a mark belongs to: class (or group) × subject × school year. */
export async function journalKeyOf(
  em: EntityManager,
  assignmentId: string,
): Promise<{ key: string; assignment: RmAssignment }> {
  const assignment = await requireAssignment(em, assignmentId);
  return { key: journalKey(assignment), assignment };
}

/** Appends a mark to its journal's hash chain; appends to one journal are serialised. */
export async function appendMark(
  tx: EntityManager,
  mark: Omit<Mark, 'prevHash' | 'hash' | 'seq'>,
): Promise<Mark> {
  await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [`journal:${mark.journalKey}`]);
  const [last] = await tx.execute<{ hash: string; n: string | number }[]>(
    'select hash, count(*) over () as n from mark where journal_key = ? order by seq desc limit 1',
    [mark.journalKey],
  );
  const prevHash = last?.hash ?? GENESIS;
  const row = Object.assign(new Mark(), mark, { prevHash });
  row.hash = markHash(row);
  tx.persist(row);
  await tx.flush();
  chainPositions.set(row, Number(last?.n ?? 0) + 1);
  return row;
}

/**
 * A mark's position in its journal's chain as counted when it was appended. It is no column (the
 * chain's order is `seq`); it travels in the mark's event so Kafka witnesses the head (ADR 0009).
 */
const chainPositions = new WeakMap<Mark, number>();

/** What gradebook tells others about a mark: ids and the mark, no personal data. */
export function markEventData(m: Mark) {
  return {
    markId: m.id,
    studentId: m.studentId,
    schoolId: m.schoolId,
    subjectId: m.subjectId,
    lessonId: m.lessonId,
    lessonDate: m.lessonDate,
    workType: m.workType,
    value: m.value,
    replacesMarkId: m.replacesMarkId,
    timing: m.timing,
    chainKey: m.journalKey,
    chainSeq: chainPositions.get(m),
    prevHash: m.prevHash,
    hash: m.hash,
  };
}

/** Where a late entry's permit is looked up: the lesson, or the written work's assignment and date. */
export type PermitScope = { lessonId: string } | { assignmentId: string; workDate: string };

/**
 * M5, G4: whether a mark for work done on `date` may be entered now, in the school's time zone:
 * on time, within an open temporary-journal transfer window (flagged transferred), or late with
 * the deputy director's permit (flagged late, the deputy recorded as approver). Otherwise refused.
 */
export async function resolveEntryTiming(
  tx: EntityManager,
  ctx: GradebookContext,
  input: { schoolId: string; date: string; workKind: WorkKind; permit: PermitScope },
): Promise<{ timing: 'on_time' | 'late' | 'transferred'; approvedBy: string | null }> {
  const school = await requireSchool(tx, input.schoolId);
  const window = await tx.findOne(
    TransferWindow,
    { schoolId: input.schoolId, fromDate: { $lte: input.date }, toDate: { $gte: input.date } },
    { orderBy: [{ openedAt: 'desc' }, { id: 'desc' }] },
  );
  const now = ctx.deps.now();
  const timing = markEntryTiming({
    lessonDate: input.date,
    workKind: input.workKind,
    enteredAt: now,
    timeZone: school.timeZone,
    transferWindow: window
      ? {
          from: window.fromDate,
          to: window.toDate,
          opensOn: localDate(window.openedAt, school.timeZone),
          closesAt: window.closesAt,
        }
      : null,
  });
  if (timing.status === 'early')
    throw new AppError(
      'DEADLINE_PASSED',
      'Работа ещё не проведена: отметку ставят в день урока или работы, не раньше.',
    );
  if (timing.status !== 'late') return { timing: timing.status, approvedBy: null };
  const permit = await tx.findOne(
    LateEntryPermitRow,
    { ...input.permit, validUntil: { $gte: now } },
    { orderBy: [{ grantedAt: 'desc' }, { id: 'desc' }] },
  );
  if (!permit) {
    throw new AppError(
      'DEADLINE_PASSED',
      `Срок выставления отметки истёк ${timing.lastDay}. Нужно разрешение заместителя директора.`,
      { lastDay: timing.lastDay },
    );
  }
  return { timing: 'late', approvedBy: permit.grantedBy };
}
