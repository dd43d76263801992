import { CurriculumEvents } from '@dnevnik/contracts';
import { forbidden, notFound, requireDate, requireText, requireUuid } from '@dnevnik/errors';
import { eventContext, inTransaction } from '@dnevnik/service-runtime';
import type { CurriculumContext } from '../../context.js';
import { audit } from '../audit/index.js';
import { canManageStructure, viewerOf } from '../school-access/index.js';
import { TeachingAssignment } from '../teaching/index.js';
import { lessonOf, stageLessonEvent } from './lesson-data.js';
import type { Lesson } from './lesson.entities.js';

/** S5: a one-off lesson of an assignment beside the timetable, with its reason. */
export async function addExtraLesson(
  ctx: CurriculumContext,
  input: {
    assignmentId: string;
    date: string;
    lessonNumber: number;
    room?: string | null;
    reason: string;
  },
): Promise<Lesson> {
  requireDate(input.date, 'date');
  const reason = requireText(input.reason, 'reason', 500, 3);
  return inTransaction(ctx, async (tx) => {
    const a = await tx.findOne(TeachingAssignment, {
      id: requireUuid(input.assignmentId, 'assignmentId'),
    });
    if (!a) throw notFound('Нагрузка учителя');
    if (!canManageStructure(viewerOf(ctx), a.schoolId))
      throw forbidden('Изменения расписания вносит администратор школы.');
    const lesson = lessonOf(a, {
      date: input.date,
      lessonNumber: input.lessonNumber,
      room: input.room?.trim() || null,
      source: 'extra',
      changeReason: reason,
    });
    tx.persist(lesson);
    stageLessonEvent(
      tx,
      CurriculumEvents.lessonScheduled,
      lesson,
      eventContext(ctx, 'school_admin'),
    );
    await audit(tx, ctx, {
      schoolId: a.schoolId,
      role: 'school_admin',
      action: 'lesson.added',
      entityType: 'lesson',
      entityId: lesson.id,
      before: null,
      after: { date: lesson.date, lessonNumber: lesson.lessonNumber, reason },
    });
    return lesson;
  });
}
