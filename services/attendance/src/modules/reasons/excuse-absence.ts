import type { EntityManager } from '@mikro-orm/postgresql';
import { eventContext } from '@dnevnik/service-runtime';
import type { AttendanceContext } from '../../context.js';
import type { AttendanceRecord } from '../records/index.js';
import { appendReason } from './append-reason.js';
import { AbsenceNotice } from './reasons.entities.js';
import { currentReason } from './reasons.queries.js';
import { noticeApplies } from './reasons.rules.js';

/**
 * P2: an absence recorded on a date a confirmed notice covers is excused as it is recorded,
 * on the class teacher's confirmation (the notice's decider is its author).
 */
export async function excuseFromConfirmedNotice(
  tx: EntityManager,
  ctx: AttendanceContext,
  record: AttendanceRecord,
): Promise<void> {
  const notice = await tx.findOne(
    AbsenceNotice,
    {
      studentId: record.studentId,
      status: 'confirmed',
      fromDate: { $lte: record.lessonDate },
      toDate: { $gte: record.lessonDate },
    },
    { orderBy: { decidedAt: 'desc' } },
  );
  if (!notice) return;
  const current = await currentReason(tx, record.lessonId, record.studentId);
  if (!noticeApplies(current?.kind ?? null)) return;
  await appendReason(tx, {
    record,
    kind: notice.kind,
    comment: notice.comment,
    noticeId: notice.id,
    setBy: notice.decidedBy!,
    setRole: 'notice',
    setAt: ctx.deps.now(),
    context: eventContext(ctx, 'notice'),
  });
}
