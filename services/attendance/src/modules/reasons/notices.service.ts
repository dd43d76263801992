import type { EntityManager } from '@mikro-orm/postgresql';
import { v7 as uuidv7 } from 'uuid';
import { appendAudit } from '@dnevnik/audit';
import { requirePerson } from '@dnevnik/auth';
import type { AbsenceReasonKind } from '@dnevnik/contracts';
import {
  badInput,
  conflict,
  forbidden,
  notFound,
  requireDate,
  requireText,
  requireUuid,
} from '@dnevnik/errors';
import {
  classIdsOfStudent,
  classIdsOfStudentsOn,
  requireSchool,
  RmClass,
  RmEnrolment,
} from '@dnevnik/school-facts';
import { localDate } from '@dnevnik/school-time';
import { inTransaction } from '@dnevnik/service-runtime';
import {
  canDecideNotice,
  canNotifyAbsence,
  canReadNotice,
  canReadSchoolAttendance,
  isClassTeacherOfClass,
} from '../../attendance.access.js';
import { eventContext, type AttendanceContext } from '../../context.js';
import { AttendanceRecord } from '../records/record.entities.js';
import { currentRecords } from '../reports/report.rules.js';
import { AbsenceNotice, type NoticeStatus } from './reason.entities.js';
import { appendReason, currentReason } from './reasons.service.js';
import { checkNotice, noticeApplies } from './reasons.rules.js';

/** The school's audit chain; its verifier reads the same name (../checkpoints/audit-checkpoints.ts). */
export const auditChain = (schoolId: string) => `school:${schoolId}`;

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

function noticeSnapshot(n: AbsenceNotice) {
  return {
    studentId: n.studentId,
    fromDate: n.fromDate,
    toDate: n.toDate,
    kind: n.kind,
    status: n.status,
    decidedBy: n.decidedBy,
    decisionComment: n.decisionComment,
  };
}

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

/**
 * Notices of a student (their family, class teacher, administration), of a class (its class
 * teacher, administration), or, with neither, those the viewer sent or that concern them.
 */
export async function listNotices(
  ctx: AttendanceContext,
  input: { studentId?: string | null; classId?: string | null; status?: NoticeStatus | null },
): Promise<AbsenceNotice[]> {
  const viewer = requirePerson(ctx.viewer);
  const status = input.status ? { status: input.status } : {};
  const order = { orderBy: { submittedAt: 'desc' as const } };
  if (input.studentId) {
    const studentId = requireUuid(input.studentId, 'studentId');
    const schoolId = await ctx.loaders.schoolOfStudent.load(studentId);
    const allowed = canReadNotice(
      viewer,
      { schoolId: schoolId ?? '', studentId, submittedBy: '' },
      await ctx.childIds(),
      await classIdsOfStudent(ctx.em, studentId),
    );
    if (!allowed) throw forbidden('Нет доступа к уведомлениям об этом ученике.');
    return ctx.em.find(AbsenceNotice, { studentId, ...status }, order);
  }
  if (input.classId) {
    const cls = await ctx.em.findOne(RmClass, { id: requireUuid(input.classId, 'classId') });
    if (!cls) throw notFound('Класс');
    if (!isClassTeacherOfClass(viewer, cls) && !canReadSchoolAttendance(viewer, cls.schoolId))
      throw forbidden('Уведомления класса видит его классный руководитель и администрация.');
    const students = (await ctx.em.find(RmEnrolment, { classId: cls.id })).map((e) => e.studentId);
    if (students.length === 0) return [];
    return ctx.em.find(
      AbsenceNotice,
      { studentId: { $in: [...new Set(students)] }, schoolId: cls.schoolId, ...status },
      order,
    );
  }
  const mine = [viewer.personId, ...(await ctx.childIds())];
  return ctx.em.find(
    AbsenceNotice,
    {
      $or: [{ submittedBy: viewer.personId }, { studentId: { $in: mine } }],
      ...status,
    },
    order,
  );
}
