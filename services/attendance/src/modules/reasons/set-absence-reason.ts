import { requirePerson } from '@dnevnik/auth';
import type { AbsenceReasonKind } from '@dnevnik/contracts';
import { badInput, forbidden, notFound, requireText, requireUuid } from '@dnevnik/errors';
import { classIdsOfStudentsOn } from '@dnevnik/school-facts';
import { eventContext, inTransaction } from '@dnevnik/service-runtime';
import type { AttendanceContext } from '../../context.js';
import { detectNonattendanceFor } from '../nonattendance/index.js';
import { AttendanceRecord } from '../records/index.js';
import { appendReason } from './append-reason.js';
import { canSetAbsenceReason } from './reasons.access.js';
import type { AbsenceReason } from './reasons.entities.js';

const MAX_RECORDS = 100;

/**
 * P2, A4: the class teacher gives the reason of absences of their class's students; a new
 * reason supersedes the previous one. An unexcused absence may make the student's absences
 * systematic (P3), which the detector checks in the same transaction.
 */
export async function setAbsenceReason(
  ctx: AttendanceContext,
  input: { recordIds: string[]; kind: AbsenceReasonKind; comment?: string | null },
): Promise<AbsenceReason[]> {
  const viewer = requirePerson(ctx.viewer);
  const ids = [...new Set(input.recordIds.map((id) => requireUuid(id, 'recordIds')))];
  if (ids.length === 0 || ids.length > MAX_RECORDS)
    throw badInput(`За один раз — от 1 до ${MAX_RECORDS} пропусков.`, { field: 'recordIds' });
  const comment = input.comment?.trim() ? requireText(input.comment, 'comment', 500) : null;
  return inTransaction(ctx, async (tx) => {
    const records = await tx.find(AttendanceRecord, { id: { $in: ids } });
    if (records.length !== ids.length) throw notFound('Запись о посещаемости');
    const replaced = await tx.find(AttendanceRecord, { replacesRecordId: { $in: ids } });
    if (replaced.length > 0 || records.some((r) => r.status !== 'absent'))
      throw badInput('Причина указывается для пропуска по его текущей (последней) записи.', {
        field: 'recordIds',
      });
    const classes = await classIdsOfStudentsOn(
      tx,
      records.map((r) => ({ studentId: r.studentId, date: r.lessonDate })),
    );
    records.forEach((r, i) => {
      if (!canSetAbsenceReason(viewer, r.schoolId, classes[i] ?? []))
        throw forbidden('Причину пропуска указывает классный руководитель класса ученика.');
    });
    const now = ctx.deps.now();
    const out: AbsenceReason[] = [];
    for (const record of records)
      out.push(
        await appendReason(tx, {
          record,
          kind: input.kind,
          comment,
          noticeId: null,
          setBy: viewer.personId,
          setRole: 'class_teacher',
          setAt: now,
          context: eventContext(ctx, 'class_teacher'),
        }),
      );
    if (input.kind === 'unexcused') {
      const students = new Map(records.map((r) => [r.studentId, r.schoolId]));
      for (const [studentId, schoolId] of students)
        await detectNonattendanceFor(tx, {
          studentId,
          schoolId,
          now,
          context: eventContext(ctx, 'class_teacher'),
        });
    }
    return out;
  });
}
