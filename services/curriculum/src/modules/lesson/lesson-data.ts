import { v7 as uuidv7 } from 'uuid';
import type { LessonEventData } from '@dnevnik/contracts';
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

/** A lesson of an assignment: class, group, subject and teacher are copied from it. */
export function lessonOf(
  a: TeachingAssignment,
  fields: Pick<Lesson, 'date' | 'lessonNumber' | 'room' | 'source'> &
    Partial<Pick<Lesson, 'slotId' | 'changeReason'>>,
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
