import { v7 as uuidv7 } from 'uuid';
import { appendAudit } from '@dnevnik/audit';
import { requirePerson } from '@dnevnik/auth';
import type { AbsenceReasonKind } from '@dnevnik/contracts';
import {
  badInput,
  conflict,
  forbidden,
  requireDate,
  requireText,
  requireUuid,
} from '@dnevnik/errors';
import { requireSchool } from '@dnevnik/school-facts';
import { localDate } from '@dnevnik/school-time';
import { inTransaction } from '@dnevnik/service-runtime';
import type { AttendanceContext } from '../../context.js';
import { canNotifyAbsence } from './reasons.access.js';
import { AbsenceNotice } from './reasons.entities.js';
import { auditChain, checkNotice, noticeSnapshot } from './reasons.rules.js';

/**
 * P2, A8: a parent tells the class teacher in advance that their own verified child will miss
 * school (dates, reason, comment). The class teacher confirms or rejects it.
 */
export async function notifyAbsence(
  ctx: AttendanceContext,
  input: {
    studentId: string;
    fromDate: string;
    toDate: string;
    kind: AbsenceReasonKind;
    comment?: string | null;
  },
): Promise<AbsenceNotice> {
  const viewer = requirePerson(ctx.viewer);
  const studentId = requireUuid(input.studentId, 'studentId');
  requireDate(input.fromDate, 'fromDate');
  requireDate(input.toDate, 'toDate');
  const comment = input.comment?.trim() ? requireText(input.comment, 'comment', 500) : null;
  if (!canNotifyAbsence(viewer, studentId, await ctx.childIds()))
    throw forbidden(
      'Сообщить о пропуске может родитель ученика, чья связь с ребёнком подтверждена.',
    );
  // Read before the transaction opens: inside it, every query goes through `tx`.
  const schoolId = await ctx.loaders.schoolOfStudent.load(studentId);
  if (!schoolId) throw conflict('Ученик ещё не зачислен ни в один класс. Повторите позже.');
  return inTransaction(ctx, async (tx) => {
    const school = await requireSchool(tx, schoolId);
    const now = ctx.deps.now();
    const check = checkNotice({
      fromDate: input.fromDate,
      toDate: input.toDate,
      kind: input.kind,
      today: localDate(now, school.timeZone),
    });
    if (!check.ok) throw badInput(check.message, { field: check.field });
    const notice = Object.assign(new AbsenceNotice(), {
      id: uuidv7(),
      schoolId,
      studentId,
      fromDate: input.fromDate,
      toDate: input.toDate,
      kind: input.kind,
      comment,
      submittedBy: viewer.personId,
      submittedAt: now,
      status: 'pending' as const,
    });
    tx.persist(notice);
    await appendAudit(tx, {
      chain: auditChain(schoolId),
      actorPersonId: viewer.personId,
      actorRole: 'parent',
      action: 'attendance.notice.submitted',
      entityType: 'absence_notice',
      entityId: notice.id,
      schoolId,
      before: null,
      after: noticeSnapshot(notice),
    });
    await tx.flush();
    return notice;
  });
}
