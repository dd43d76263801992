import { v7 as uuidv7 } from 'uuid';
import { requirePerson } from '@dnevnik/auth';
import { badInput, conflict, forbidden, notFound, requireUuid } from '@dnevnik/errors';
import { requireSchool, RmClass } from '@dnevnik/school-facts';
import { localDate } from '@dnevnik/school-time';
import { inTransaction } from '@dnevnik/service-runtime';
import type { AttendanceContext } from '../../context.js';
import { canReconcileWeek } from './reasons.access.js';
import { WeekReconciliation } from './reasons.entities.js';
import { requireMonday, weekCounts } from './reasons.queries.js';

/** A class's week marked reconciled by a person at an instant; a new id unless one is given. */
export function reconciliationOf(
  cls: { id: string; schoolId: string },
  mark: { weekStart: string; by: string; at: Date },
  id: string = uuidv7(),
): WeekReconciliation {
  return Object.assign(new WeekReconciliation(), {
    id,
    schoolId: cls.schoolId,
    classId: cls.id,
    weekStart: mark.weekStart,
    reconciledBy: mark.by,
    reconciledAt: mark.at,
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
    const mark = reconciliationOf(cls, { weekStart: week.from, by: viewer.personId, at: now });
    tx.persist(mark);
    await tx.flush();
    return mark;
  });
}
