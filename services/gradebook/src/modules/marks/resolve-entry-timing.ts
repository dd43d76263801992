import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '@dnevnik/errors';
import { requireSchool } from '@dnevnik/school-facts';
import type { GradebookContext } from '../../context.js';
import { localDate, markEntryTiming, type WorkKind } from './deadlines.rules.js';
import { LateEntryPermitRow, TransferWindow } from './marks.entities.js';

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
