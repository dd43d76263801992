import type { EntityManager } from '@mikro-orm/postgresql';
import { requirePerson } from '@dnevnik/auth';
import { badInput, forbidden, notFound, requireDate, requireUuid } from '@dnevnik/errors';
import { classIdsOfStudent, RmClass, RmEnrolment, studentsBetween } from '@dnevnik/school-facts';
import { addDays, mondayOf } from '@dnevnik/school-time';
import type { AttendanceContext } from '../../context.js';
import type { ClassWeekView } from '../../views.js';
import { currentFacts } from '../records/index.js';
import { canReadClassAttendance, canReadSchoolAttendance } from '../reports/index.js';
import { canReadNotice, isClassTeacherOfClass } from './reasons.access.js';
import {
  AbsenceNotice,
  AbsenceReason,
  WeekReconciliation,
  type NoticeStatus,
} from './reasons.entities.js';

/** The reason that applies now to a student's lesson, if any: the latest one given. */
export async function currentReason(
  em: EntityManager,
  lessonId: string,
  studentId: string,
): Promise<AbsenceReason | null> {
  return em.findOne(AbsenceReason, { lessonId, studentId }, { orderBy: { seq: 'desc' } });
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

export function requireMonday(weekStart: string): { from: string; to: string } {
  requireDate(weekStart, 'weekStart');
  if (mondayOf(weekStart) !== weekStart)
    throw badInput('Неделя указывается датой её понедельника.', { field: 'weekStart' });
  return { from: weekStart, to: addDays(weekStart, 6) };
}

/** Absences of each class's students in the week, and how many still lack a reason. */
export async function weekCounts(
  em: EntityManager,
  classIds: readonly string[],
  week: { from: string; to: string },
): Promise<Map<string, { absences: number; withoutReason: number }>> {
  const studentsOf = new Map<string, string[]>();
  for (const classId of classIds)
    studentsOf.set(
      classId,
      await studentsBetween(em, { classId, groupId: null }, week.from, week.to),
    );
  const facts = await currentFacts(em, {
    studentIds: [...new Set([...studentsOf.values()].flat())],
    ...week,
  });
  const out = new Map<string, { absences: number; withoutReason: number }>();
  for (const [classId, students] of studentsOf) {
    const mine = new Set(students);
    const absences = facts.filter((f) => f.status === 'absent' && mine.has(f.studentId));
    out.set(classId, {
      absences: absences.length,
      withoutReason: absences.filter((f) => f.reason === null).length,
    });
  }
  return out;
}

/**
 * P2: for a school and a week, every class with its absences and those still without a reason
 * (unreconciled), and whether the class teacher has marked the week reconciled. An absence
 * recorded after the mark shows up in `withoutReason` again.
 */
export async function weeklyReconciliation(
  ctx: AttendanceContext,
  schoolIdInput: string,
  weekStart: string,
): Promise<ClassWeekView[]> {
  const viewer = requirePerson(ctx.viewer);
  const schoolId = requireUuid(schoolIdInput, 'schoolId');
  const week = requireMonday(weekStart);
  if (!canReadClassAttendance(viewer, schoolId))
    throw forbidden('Сверку пропусков видят работники школы.');
  const classes = await ctx.em.find(
    RmClass,
    { schoolId },
    { orderBy: { grade: 'asc', name: 'asc' } },
  );
  const counts = await weekCounts(
    ctx.em,
    classes.map((c) => c.id),
    week,
  );
  const marks = await ctx.em.find(
    WeekReconciliation,
    { schoolId, weekStart: week.from },
    { orderBy: { reconciledAt: 'asc' } },
  );
  return classes.map((c) => {
    const last = marks.filter((m) => m.classId === c.id).at(-1);
    return {
      classId: c.id,
      weekStart: week.from,
      ...(counts.get(c.id) ?? { absences: 0, withoutReason: 0 }),
      reconciledBy: last?.reconciledBy ?? null,
      reconciledAt: last?.reconciledAt ?? null,
    };
  });
}
