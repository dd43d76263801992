import type { EntityManager } from '@mikro-orm/postgresql';
import { requireUuid } from '@dnevnik/errors';
import type { CurriculumContext } from '../../context.js';
import { assignmentForStaff } from '../teaching/index.js';
import { TimetableSlot } from './timetable.entities.js';

/** An assignment's timetable lines, oldest first (staff only). */
export async function slotsOf(
  ctx: CurriculumContext,
  assignmentId: string,
): Promise<TimetableSlot[]> {
  const a = await assignmentForStaff(ctx, requireUuid(assignmentId, 'assignmentId'));
  return ctx.em.find(TimetableSlot, { assignmentId: a.id }, { orderBy: { validFrom: 'asc' } });
}

/**
 * The year's timetable lines of a school at one weekday and lesson number: the only ones a line
 * there can clash with. One indexed query, instead of loading the school's whole timetable for
 * every line entered.
 */
export async function slotsAtTime(
  tx: EntityManager,
  at: { schoolId: string; yearId: string; weekday: number; lessonNumber: number },
): Promise<TimetableSlot[]> {
  const rows = await tx.execute<{ id: string }[]>(
    `select s.id from timetable_slot s join teaching_assignment a on a.id = s.assignment_id
      where a.school_id = ? and a.year_id = ? and s.weekday = ? and s.lesson_number = ?`,
    [at.schoolId, at.yearId, at.weekday, at.lessonNumber],
  );
  return rows.length ? tx.find(TimetableSlot, { id: { $in: rows.map((r) => r.id) } }) : [];
}
