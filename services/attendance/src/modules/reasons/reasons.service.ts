import type { EntityManager } from '@mikro-orm/postgresql';
import { v7 as uuidv7 } from 'uuid';
import { requirePerson } from '@dnevnik/auth';
import { AttendanceEvents, type AbsenceReasonKind } from '@dnevnik/contracts';
import type { EventContext } from '@dnevnik/events';
import { badInput, forbidden, notFound, requireText, requireUuid } from '@dnevnik/errors';
import { stageEvent } from '@dnevnik/events';
import { classIdsOfStudentsOn } from '@dnevnik/school-facts';
import { inTransaction } from '@dnevnik/service-runtime';
import { canSetAbsenceReason } from '../../attendance.access.js';
import { eventContext, type AttendanceContext } from '../../context.js';
import { detectNonattendanceFor } from '../nonattendance/nonattendance.service.js';
import { AttendanceRecord } from '../records/record.entities.js';
import { AbsenceReason } from './reason.entities.js';
import { isExcused } from './reasons.rules.js';

const MAX_RECORDS = 100;

/** The reason that applies now to a student's lesson, if any: the latest one given. */
export async function currentReason(
  em: EntityManager,
  lessonId: string,
  studentId: string,
): Promise<AbsenceReason | null> {
  return em.findOne(AbsenceReason, { lessonId, studentId }, { orderBy: { seq: 'desc' } });
}

/** Appends a reason to an absence's history and publishes it (P2). */
export async function appendReason(
  tx: EntityManager,
  input: {
    record: AttendanceRecord;
    kind: AbsenceReasonKind;
    comment: string | null;
    noticeId: string | null;
    setBy: string;
    setRole: string;
    setAt: Date;
    context: EventContext;
  },
): Promise<AbsenceReason> {
  const { record } = input;
  const reason = Object.assign(new AbsenceReason(), {
    id: uuidv7(),
    schoolId: record.schoolId,
    studentId: record.studentId,
    lessonId: record.lessonId,
    lessonDate: record.lessonDate,
    recordId: record.id,
    kind: input.kind,
    comment: input.comment,
    noticeId: input.noticeId,
    setBy: input.setBy,
    setRole: input.setRole,
    setAt: input.setAt,
  });
  tx.persist(reason);
  stageEvent(tx, AttendanceEvents.reasonSet, {
    aggregateId: record.studentId,
    schoolId: record.schoolId,
    data: {
      reasonId: reason.id,
      recordId: record.id,
      studentId: record.studentId,
      schoolId: record.schoolId,
      lessonId: record.lessonId,
      lessonDate: record.lessonDate,
      kind: reason.kind,
      excused: isExcused(reason.kind),
      noticeId: reason.noticeId,
    },
    context: input.context,
  });
  await tx.flush();
  return reason;
}

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
