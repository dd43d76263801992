import { CurriculumEvents } from '@dnevnik/contracts';
import { badInput, forbidden, requireDate, requireText } from '@dnevnik/errors';
import { eventContext, inTransaction } from '@dnevnik/service-runtime';
import type { CurriculumContext } from '../../context.js';
import { audit } from '../audit/index.js';
import { canManageStructure, viewerOf } from '../school-access/index.js';
import { stageLessonEvent } from './lesson-data.js';
import type { Lesson } from './lesson.entities.js';
import { requireLesson } from './lesson.queries.js';

/** S5: a one-off change of a lesson — cancelled, or moved to another date or lesson number. */
export async function changeLesson(
  ctx: CurriculumContext,
  input: {
    lessonId: string;
    cancel?: boolean | null;
    date?: string | null;
    lessonNumber?: number | null;
    room?: string | null;
    reason: string;
  },
): Promise<Lesson> {
  const reason = requireText(input.reason, 'reason', 500, 3);
  if (input.date) requireDate(input.date, 'date');
  return inTransaction(ctx, async (tx) => {
    const lesson = await requireLesson(tx, input.lessonId);
    if (!canManageStructure(viewerOf(ctx), lesson.schoolId))
      throw forbidden('Изменения расписания вносит администратор школы.');
    if (lesson.status === 'conducted')
      throw badInput('Проведённый урок нельзя перенести или отменить: он уже в журнале.');
    const before = {
      status: lesson.status,
      date: lesson.date,
      lessonNumber: lesson.lessonNumber,
      room: lesson.room,
    };
    if (input.cancel) {
      lesson.status = 'cancelled';
    } else {
      if (input.date) lesson.date = input.date;
      if (input.lessonNumber != null) lesson.lessonNumber = input.lessonNumber;
      if (input.room !== undefined) lesson.room = input.room?.trim() || null;
    }
    lesson.changeReason = reason;
    const contract = input.cancel
      ? CurriculumEvents.lessonCancelled
      : CurriculumEvents.lessonChanged;
    stageLessonEvent(tx, contract, lesson, eventContext(ctx, 'school_admin'));
    await audit(tx, ctx, {
      schoolId: lesson.schoolId,
      role: 'school_admin',
      action: input.cancel ? 'lesson.cancelled' : 'lesson.moved',
      entityType: 'lesson',
      entityId: lesson.id,
      before,
      after: {
        status: lesson.status,
        date: lesson.date,
        lessonNumber: lesson.lessonNumber,
        room: lesson.room,
        reason,
      },
    });
    return lesson;
  });
}
