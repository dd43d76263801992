import { v7 as uuidv7 } from 'uuid';
import { AppError, badInput, forbidden, notFound, requireDate, requireUuid } from '@dnevnik/errors';
import { inTransaction } from '@dnevnik/service-runtime';
import type { CurriculumContext } from '../../context.js';
import { audit } from '../audit/index.js';
import { canManageStructure, viewerOf } from '../school-access/index.js';
import { requireAssignment, TeachingAssignment } from '../teaching/index.js';
import { detectSlotClashes } from './lesson-generation.rules.js';
import { TimetableSlot } from './timetable.entities.js';
import { slotsAtTime } from './timetable.queries.js';

/**
 * S5: a timetable line from a date. If the assignment already has a line on that weekday and
 * lesson number, it is closed the day before: a correction changes the timetable from its date.
 */
export async function setTimetableSlot(
  ctx: CurriculumContext,
  input: {
    assignmentId: string;
    weekday: number;
    lessonNumber: number;
    room?: string | null;
    validFrom: string;
    replacesSlotId?: string | null;
  },
): Promise<TimetableSlot> {
  requireDate(input.validFrom, 'validFrom');
  if (!Number.isInteger(input.weekday) || input.weekday < 1 || input.weekday > 7)
    throw badInput('День недели — от 1 (пн) до 7 (вс).', { field: 'weekday' });
  if (!Number.isInteger(input.lessonNumber) || input.lessonNumber < 0 || input.lessonNumber > 12)
    throw badInput('Номер урока — от 0 до 12.', { field: 'lessonNumber' });
  const room = input.room?.trim() ? input.room.trim().slice(0, 20) : null;
  return inTransaction(ctx, async (tx) => {
    const assignment = await requireAssignment(tx, input.assignmentId);
    if (!canManageStructure(viewerOf(ctx), assignment.schoolId))
      throw forbidden('Расписание составляет администратор школы.');
    if (input.replacesSlotId) {
      const old = await tx.findOne(TimetableSlot, {
        id: requireUuid(input.replacesSlotId, 'replacesSlotId'),
        assignmentId: assignment.id,
      });
      if (!old) throw notFound('Строка расписания');
      if (old.validFrom >= input.validFrom)
        throw badInput('Исправление действует с даты после начала исходной строки.');
      old.validTo = input.validFrom;
    }
    const slot = Object.assign(new TimetableSlot(), {
      id: uuidv7(),
      assignmentId: assignment.id,
      weekday: input.weekday,
      lessonNumber: input.lessonNumber,
      room,
      validFrom: input.validFrom,
    });
    // The new line must not clash with the school's other lines at the same time: a clash is
    // the same teacher, class, group or room at one weekday and lesson number.
    const others = (
      await slotsAtTime(tx, {
        schoolId: assignment.schoolId,
        yearId: assignment.yearId,
        weekday: slot.weekday,
        lessonNumber: slot.lessonNumber,
      })
    ).filter((s) => s.id !== input.replacesSlotId);
    const assignments = await tx.find(TeachingAssignment, {
      id: { $in: [...new Set([assignment.id, ...others.map((s) => s.assignmentId)])] },
    });
    const owners = new Map(
      assignments.map((a) => [
        a.id,
        { teacherId: a.teacherId, classId: a.classId, groupId: a.groupId },
      ]),
    );
    const clashes = detectSlotClashes([...others, slot], owners);
    if (clashes.length > 0) throw new AppError('CONFLICT', clashes.join(' '), { clashes });
    tx.persist(slot);
    await audit(tx, ctx, {
      schoolId: assignment.schoolId,
      role: 'school_admin',
      action: 'timetable.slot_set',
      entityType: 'timetable_slot',
      entityId: slot.id,
      before: input.replacesSlotId ? { replaces: input.replacesSlotId } : null,
      after: slot,
    });
    return slot;
  });
}
