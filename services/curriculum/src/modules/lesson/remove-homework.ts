import { CurriculumEvents } from '@dnevnik/contracts';
import { stageEvent } from '@dnevnik/events';
import { eventContext, inTransaction } from '@dnevnik/service-runtime';
import type { CurriculumContext } from '../../context.js';
import { audit } from '../audit/index.js';
import { viewerOf } from '../school-access/index.js';
import { persistRevision, requireWritableHomework, snapshot } from './homework-writer.js';
import type { Lesson } from './lesson.entities.js';

/**
 * S7, G1: the teacher withdraws a homework. It leaves the diary but stays in the record: the
 * row is marked removed and a last revision says so. Returns the lesson, whose homework list
 * the teacher's screen shows next.
 */
export async function removeHomework(ctx: CurriculumContext, id: string): Promise<Lesson> {
  return inTransaction(ctx, async (tx) => {
    const { hw, lesson, role, files } = await requireWritableHomework(tx, ctx, id);
    const viewer = viewerOf(ctx);
    const now = ctx.deps.now();
    const before = snapshot(hw, files);
    hw.revision += 1;
    hw.removedAt = now;
    hw.removedBy = viewer.personId;
    persistRevision(tx, hw, 'removed', files, viewer.personId, now);
    stageEvent(tx, CurriculumEvents.homeworkRemoved, {
      aggregateId: lesson.id,
      schoolId: lesson.schoolId,
      data: {
        homeworkId: hw.id,
        lessonId: lesson.id,
        schoolId: lesson.schoolId,
        classId: lesson.classId,
        groupId: lesson.groupId,
        subjectId: lesson.subjectId,
        studentId: hw.studentId,
        revision: hw.revision,
      },
      context: eventContext(ctx, 'subject_teacher'),
    });
    await audit(tx, ctx, {
      schoolId: lesson.schoolId,
      role,
      action: 'homework.removed',
      entityType: 'homework',
      entityId: hw.id,
      before,
      after: { removedAt: now.toISOString(), revision: hw.revision },
    });
    return lesson;
  });
}
