import type { EntityManager } from '@mikro-orm/postgresql';
import { v7 as uuidv7 } from 'uuid';
import type { LessonEventData } from '@dnevnik/contracts';
import { stageEvent, type EventContract, type EventContext } from '@dnevnik/events';
import type { TeachingAssignment } from '../teaching/index.js';
import { Lesson } from './lesson.entities.js';

/** A lesson as its events carry it. */
export function lessonEventData(l: Lesson): LessonEventData {
  return {
    lessonId: l.id,
    assignmentId: l.assignmentId,
    schoolId: l.schoolId,
    classId: l.classId,
    groupId: l.groupId,
    subjectId: l.subjectId,
    teacherId: l.teacherId,
    date: l.date,
    lessonNumber: l.lessonNumber,
    status: l.status,
    topicTitle: l.topicTitle,
    workType: l.workType,
    conductedBy: l.conductedBy,
  };
}

/** A lesson's event (scheduled, changed, cancelled, conducted), keyed by the lesson. */
export function stageLessonEvent(
  tx: EntityManager,
  contract: EventContract<LessonEventData>,
  lesson: Lesson,
  context: EventContext,
) {
  stageEvent(tx, contract, {
    aggregateId: lesson.id,
    schoolId: lesson.schoolId,
    data: lessonEventData(lesson),
    context,
  });
}

/**
 * A lesson of an assignment: class, group, subject and teacher are copied from it; a new id
 * unless one is given.
 */
export function lessonOf(
  a: TeachingAssignment,
  fields: Pick<Lesson, 'date' | 'lessonNumber' | 'room' | 'source'> &
    Partial<Pick<Lesson, 'id' | 'slotId' | 'changeReason'>>,
): Lesson {
  return Object.assign(new Lesson(), {
    id: uuidv7(),
    schoolId: a.schoolId,
    assignmentId: a.id,
    classId: a.classId,
    groupId: a.groupId,
    subjectId: a.subjectId,
    teacherId: a.teacherId,
    ...fields,
  });
}
