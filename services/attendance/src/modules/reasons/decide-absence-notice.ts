import { appendAudit } from '@dnevnik/audit';
import { requirePerson } from '@dnevnik/auth';
import { conflict, forbidden, notFound, requireText, requireUuid } from '@dnevnik/errors';
import { classIdsOfStudentsOn } from '@dnevnik/school-facts';
import { eventContext, inTransaction } from '@dnevnik/service-runtime';
import type { AttendanceContext } from '../../context.js';
import { AttendanceRecord } from '../records/index.js';
import { currentRecords } from '../reports/index.js';
import { appendReason } from './append-reason.js';
import { canDecideNotice } from './reasons.access.js';
import { AbsenceNotice } from './reasons.entities.js';
import { currentReason } from './reasons.queries.js';
import { auditChain, noticeApplies, noticeSnapshot } from './reasons.rules.js';

/**
 * P2, A4: the class teacher confirms or rejects a parent's notice. A confirmed notice excuses
 * the absences already recorded on its dates now, and those recorded later as they come in.
 */
export async function decideAbsenceNotice(
  ctx: AttendanceContext,
  input: { noticeId: string; confirm: boolean; comment?: string | null },
): Promise<AbsenceNotice> {
  const viewer = requirePerson(ctx.viewer);
  const comment = input.comment?.trim() ? requireText(input.comment, 'comment', 500) : null;
  return inTransaction(ctx, async (tx) => {
    const notice = await tx.findOne(AbsenceNotice, {
      id: requireUuid(input.noticeId, 'noticeId'),
    });
    if (!notice) throw notFound('Уведомление о пропуске');
    const classes = (
      await classIdsOfStudentsOn(tx, [
        { studentId: notice.studentId, date: notice.fromDate },
        { studentId: notice.studentId, date: notice.toDate },
      ])
    ).flat();
    if (!canDecideNotice(viewer, notice.schoolId, classes))
      throw forbidden('Уведомление о пропуске рассматривает классный руководитель ученика.');
    if (notice.status !== 'pending') throw conflict('Уведомление уже рассмотрено.');
    const before = noticeSnapshot(notice);
    const now = ctx.deps.now();
    Object.assign(notice, {
      status: input.confirm ? 'confirmed' : 'rejected',
      decidedBy: viewer.personId,
      decidedAt: now,
      decisionComment: comment,
    });
    await appendAudit(tx, {
      chain: auditChain(notice.schoolId),
      actorPersonId: viewer.personId,
      actorRole: 'class_teacher',
      action: input.confirm ? 'attendance.notice.confirmed' : 'attendance.notice.rejected',
      entityType: 'absence_notice',
      entityId: notice.id,
      schoolId: notice.schoolId,
      before,
      after: noticeSnapshot(notice),
    });
    await tx.flush();
    if (input.confirm) {
      const records = currentRecords(
        await tx.find(
          AttendanceRecord,
          {
            studentId: notice.studentId,
            lessonDate: { $gte: notice.fromDate, $lte: notice.toDate },
          },
          { orderBy: { seq: 'asc' } },
        ),
      );
      for (const record of records.filter((r) => r.status === 'absent')) {
        const current = await currentReason(tx, record.lessonId, record.studentId);
        if (!noticeApplies(current?.kind ?? null)) continue;
        await appendReason(tx, {
          record,
          kind: notice.kind,
          comment: notice.comment,
          noticeId: notice.id,
          setBy: viewer.personId,
          setRole: 'class_teacher',
          setAt: now,
          context: eventContext(ctx, 'class_teacher'),
        });
      }
    }
    return notice;
  });
}
