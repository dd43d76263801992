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
