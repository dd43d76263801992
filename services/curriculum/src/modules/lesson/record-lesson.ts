import { CurriculumEvents, WORK_TYPES, type WorkType } from '@dnevnik/contracts';
import { AppError, badInput, forbidden, requireUuid } from '@dnevnik/errors';
import { transferWindowFor } from '@dnevnik/school-facts';
import { eventContext, inTransaction } from '@dnevnik/service-runtime';
import type { CurriculumContext } from '../../context.js';
import { audit } from '../audit/index.js';
import { Plan, PlanTopic } from '../plan/index.js';
import { canRecordLesson, viewerOf } from '../school-access/index.js';
import { School } from '../schools/index.js';
import { stageLessonEvent } from './lesson-data.js';
import {
  MATERIAL_MAX,
  mergeLessonRecord,
  recordTiming,
  topicChoice,
} from './lesson-record.rules.js';
import type { Lesson } from './lesson.entities.js';
import { requireLesson, substitutesOf } from './lesson.queries.js';
import { prepareHomework, saveLessonHomework, type HomeworkInput } from './save-lesson-homework.js';

/**
 * S7: what happened in a lesson — topic (from the plan or free text), material, the work type
 * graded, homework — by its teacher or the granted substitute, on the lesson day. After 20:00
 * local time the record is accepted and marked late; inside an open temporary-journal transfer
 * window (G4) it is marked transferred.
 *
 * A save changes only what it carries: a field left out keeps its value, an explicit null clears
 * it (material, work type; the topic can be replaced, not cleared). The timing is that of the
 * latest save that entered the topic. Homework the lesson already has is not added again.
 */
export async function recordLesson(
  ctx: CurriculumContext,
  input: {
    lessonId: string;
    topicId?: string | null;
    topicTitle?: string | null;
    material?: string | null;
    workType?: string | null;
    homework?: HomeworkInput[] | null;
  },
): Promise<Lesson> {
  const viewer = viewerOf(ctx);
  if (input.workType && !WORK_TYPES.includes(input.workType as WorkType)) {
    throw badInput(`Вид работы: ${WORK_TYPES.join(', ')}.`, { field: 'workType' });
  }
  if (input.material && input.material.trim().length > MATERIAL_MAX)
    throw badInput(`Пройденный материал — до ${MATERIAL_MAX} символов.`, { field: 'material' });
  const choice = topicChoice(input);
  if (choice.kind === 'missing')
    throw badInput('Тему урока нельзя стереть: укажите тему из плана или своими словами.', {
      field: 'topicTitle',
    });
  if (choice.kind === 'own' && choice.title.length > 500)
    throw badInput('Тема — до 500 символов.', { field: 'topicTitle' });
  const homework = await prepareHomework(ctx, input.homework ?? []);

  return inTransaction(ctx, async (tx) => {
    const lesson = await requireLesson(tx, input.lessonId);
    const substitutes = await substitutesOf(tx, lesson.id);
    if (!canRecordLesson(viewer, lesson, substitutes)) {
      throw forbidden(
        'Записывать урок может его учитель или назначенный на этот урок заменяющий учитель.',
      );
    }
    if (lesson.status === 'cancelled') throw badInput('Урок отменён: записывать в него нечего.');
    const role = substitutes.includes(viewer.personId) ? 'substitute' : 'subject_teacher';
    const school = await tx.findOneOrFail(School, { id: lesson.schoolId });
    const now = ctx.deps.now();
    const timing = recordTiming({
      lessonDate: lesson.date,
      recordedAt: now,
      timeZone: school.timeZone,
      transferWindow: await transferWindowFor(tx, lesson.schoolId, lesson.date, school.timeZone),
    });
    if (timing.status === 'early')
      throw new AppError(
        'DEADLINE_PASSED',
        'Урок ещё не начался: записать его можно в день урока.',
      );

    let topic: { topicId: string | null; topicTitle: string } | undefined;
    if (choice.kind === 'plan') {
      const found = await tx.findOne(PlanTopic, { id: requireUuid(choice.topicId, 'topicId') });
      const plan = found
        ? await tx.findOne(Plan, { id: found.planId, assignmentId: lesson.assignmentId })
        : null;
      if (!found || !plan)
        throw badInput('Тема не из плана этого предмета и класса.', { field: 'topicId' });
      topic = { topicId: found.id, topicTitle: found.title };
    } else if (choice.kind === 'own') {
      topic = { topicId: null, topicTitle: choice.title };
    } else if (!lesson.topicTitle) {
      throw badInput('Укажите тему урока: из плана или своими словами.', { field: 'topicTitle' });
    }

    const before = {
      topicId: lesson.topicId,
      topicTitle: lesson.topicTitle,
      material: lesson.material,
      workType: lesson.workType,
      status: lesson.status,
      recordStatus: lesson.recordStatus,
    };
    const { next, changed } = mergeLessonRecord(
      {
        topicId: lesson.topicId,
        topicTitle: lesson.topicTitle,
        material: lesson.material,
        workType: lesson.workType,
      },
      {
        ...(topic ? { topic } : {}),
        ...(input.material === undefined ? {} : { material: input.material }),
        ...(input.workType === undefined ? {} : { workType: input.workType }),
      },
    );
    Object.assign(lesson, next);
    // The timing belongs to the topic: a later save of material or homework alone keeps it.
    if (topic || lesson.status !== 'conducted') {
      Object.assign(lesson, {
        status: 'conducted',
        conductedBy: viewer.personId,
        recordedAt: now,
        recordStatus: timing.status,
      });
    }
    const lessonChanged =
      changed.length > 0 ||
      before.status !== lesson.status ||
      before.recordStatus !== lesson.recordStatus;
    if (lessonChanged) {
      stageLessonEvent(
        tx,
        CurriculumEvents.lessonConducted,
        lesson,
        eventContext(ctx, 'subject_teacher'),
      );
      await audit(tx, ctx, {
        schoolId: lesson.schoolId,
        role,
        action: 'lesson.recorded',
        entityType: 'lesson',
        entityId: lesson.id,
        before,
        after: {
          topicId: lesson.topicId,
          topicTitle: lesson.topicTitle,
          material: lesson.material,
          workType: lesson.workType,
          status: lesson.status,
          recordStatus: lesson.recordStatus,
        },
      });
    }
    await saveLessonHomework(tx, ctx, lesson, homework, role);
    return lesson;
  });
}
