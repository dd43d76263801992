import { v7 as uuidv7 } from 'uuid';
import { requirePerson } from '@dnevnik/auth';
import { AttendanceEvents } from '@dnevnik/contracts';
import { AppError, badInput, conflict, notFound, requireText, requireUuid } from '@dnevnik/errors';
import {
  classIdsOfStudentsOn,
  requireSchool,
  RmLesson,
  substitutesOf,
} from '@dnevnik/school-facts';
import { eventContext, inTransaction } from '@dnevnik/service-runtime';
import type { AttendanceContext } from '../../context.js';
import { excuseFromConfirmedNotice } from '../reasons/index.js';
import { appendRecord, stageRecordEvent, timingOf } from './append-record.js';
import { attendanceCorrectionRight } from './records.access.js';
import { AttendanceRecord } from './records.entities.js';
import { changesRecord, checkEntry, correctionVerdict } from './records.rules.js';

/**
 * G1, 003 §8.6: a correction is a new record that points to the one it replaces, with the
 * reason; `present` undoes an absence recorded by mistake. The lesson's teacher and the class
 * teacher within 7 days; later only the deputy director, who is recorded as approving it.
 */
export async function correctAttendance(
  ctx: AttendanceContext,
  input: { recordId: string; status: string; lateMinutes?: number | null; reason: string },
): Promise<AttendanceRecord> {
  const viewer = requirePerson(ctx.viewer);
  const reason = requireText(input.reason, 'reason', 500, 5);
  const check = checkEntry({
    status: input.status,
    lateMinutes: input.lateMinutes,
    correction: true,
  });
  if (!check.ok) throw badInput(check.message, { field: check.field });
  return inTransaction(ctx, async (tx) => {
    const old = await tx.findOne(AttendanceRecord, {
      id: requireUuid(input.recordId, 'recordId'),
    });
    if (!old) throw notFound('Запись о посещаемости');
    if (await tx.findOne(AttendanceRecord, { replacesRecordId: old.id }))
      throw conflict('Эта запись уже исправлена: исправляйте последнюю запись.');
    if (!changesRecord(old, check)) throw badInput('Исправление ничего не меняет в записи.');
    const lesson = await tx.findOne(RmLesson, { id: old.lessonId });
    if (!lesson) throw notFound('Урок');
    const substitutes = await substitutesOf(tx, lesson.id);
    const right = attendanceCorrectionRight(
      viewer,
      old,
      { ...lesson, substituteIds: substitutes },
      (await classIdsOfStudentsOn(tx, [{ studentId: old.studentId, date: old.lessonDate }]))[0]!,
    );
    const now = ctx.deps.now();
    const verdict = correctionVerdict(right, old.enteredAt, now);
    if (!verdict.allowed) throw new AppError(verdict.code, verdict.message);
    const school = await requireSchool(tx, old.schoolId);
    const timing = await timingOf(tx, lesson, school, now);
    const record = await appendRecord(tx, {
      id: uuidv7(),
      journalKey: old.journalKey,
      schoolId: old.schoolId,
      studentId: old.studentId,
      subjectId: old.subjectId,
      assignmentId: old.assignmentId,
      lessonId: old.lessonId,
      lessonDate: old.lessonDate,
      status: check.status,
      lateMinutes: check.lateMinutes,
      comment: null,
      replacesRecordId: old.id,
      correctionReason: reason,
      approvedBy: right === 'deputy' ? viewer.personId : null,
      // A clock behind the lesson day (it cannot be earlier than the record) counts as the day.
      timing: timing.status === 'early' ? 'on_time' : timing.status,
      enteredBy: viewer.personId,
      enteredRole: right,
      enteredAt: now,
    });
    stageRecordEvent(
      tx,
      AttendanceEvents.absenceCorrected,
      record,
      eventContext(ctx, right === 'deputy' ? 'deputy_director' : null),
    );
    if (record.status === 'absent') await excuseFromConfirmedNotice(tx, ctx, record);
    return record;
  });
}
