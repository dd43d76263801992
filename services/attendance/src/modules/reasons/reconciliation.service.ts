import type { EntityManager } from '@mikro-orm/postgresql';
import { v7 as uuidv7 } from 'uuid';
import { requirePerson } from '@dnevnik/auth';
import { badInput, conflict, forbidden, notFound, requireDate, requireUuid } from '@dnevnik/errors';
import { requireSchool, RmClass, studentsBetween } from '@dnevnik/school-facts';
import { addDays, localDate, mondayOf } from '@dnevnik/school-time';
import { inTransaction } from '@dnevnik/service-runtime';
import { canReadClassAttendance, canReconcileWeek } from '../../attendance.access.js';
import type { AttendanceContext } from '../../context.js';
import type { ClassWeekView } from '../../views.js';
import { currentFacts } from '../records/attendance-facts.js';
import { WeekReconciliation } from './reason.entities.js';

function requireMonday(weekStart: string): { from: string; to: string } {
  requireDate(weekStart, 'weekStart');
  if (mondayOf(weekStart) !== weekStart)
    throw badInput('Неделя указывается датой её понедельника.', { field: 'weekStart' });
  return { from: weekStart, to: addDays(weekStart, 6) };
}

/** Absences of each class's students in the week, and how many still lack a reason. */
async function weekCounts(
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

/**
 * P2, A4: the class teacher marks a week of their class reconciled, once every absence in it has
 * a reason. Each mark is a new row: the history of reconciliations stays.
 */
export async function reconcileWeek(
  ctx: AttendanceContext,
  classIdInput: string,
  weekStart: string,
): Promise<WeekReconciliation> {
  const viewer = requirePerson(ctx.viewer);
  const week = requireMonday(weekStart);
  return inTransaction(ctx, async (tx) => {
    const cls = await tx.findOne(RmClass, { id: requireUuid(classIdInput, 'classId') });
    if (!cls) throw notFound('Класс');
    if (!canReconcileWeek(viewer, cls.schoolId, cls.id))
      throw forbidden('Сверку пропусков класса проводит его классный руководитель.');
    const school = await requireSchool(tx, cls.schoolId);
    const now = ctx.deps.now();
    if (week.from > localDate(now, school.timeZone))
      throw badInput('Неделя ещё не началась.', { field: 'weekStart' });
    const { withoutReason } = (await weekCounts(tx, [cls.id], week)).get(cls.id)!;
    if (withoutReason > 0)
      throw conflict(
        `Пропусков без указанной причины: ${withoutReason}. Укажите причины, затем отметьте сверку.`,
      );
    const mark = Object.assign(new WeekReconciliation(), {
      id: uuidv7(),
      schoolId: cls.schoolId,
      classId: cls.id,
      weekStart: week.from,
      reconciledBy: viewer.personId,
      reconciledAt: now,
    });
    tx.persist(mark);
    await tx.flush();
    return mark;
  });
}
