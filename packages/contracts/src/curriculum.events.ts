import { z } from 'zod';
import { defineEvent, topicName } from '@dnevnik/events';

/**
 * What curriculum tells the other services (schemas/events/curriculum.md). Enough for gradebook
 * and attendance to validate and authorise without calling back: who is in which class when,
 * who teaches what to whom, which lessons exist and what happened in them.
 */
const uuid = z.uuid();
const date = z.iso.date();

const lessonData = z.object({
  lessonId: uuid,
  assignmentId: uuid,
  schoolId: uuid,
  classId: uuid.nullable(),
  groupId: uuid.nullable(),
  subjectId: uuid,
  teacherId: uuid,
  date,
  lessonNumber: z.number().int(),
  status: z.enum(['scheduled', 'conducted', 'cancelled']),
  topicTitle: z.string().nullable(),
  workType: z.string().nullable(),
  conductedBy: uuid.nullable(),
});
export type LessonEventData = z.infer<typeof lessonData>;

const lessonTopic = topicName('curriculum', 'lesson', 1);

const homeworkData = z.object({
  homeworkId: uuid,
  lessonId: uuid,
  schoolId: uuid,
  classId: uuid.nullable(),
  groupId: uuid.nullable(),
  subjectId: uuid,
  studentId: uuid.nullable(),
  dueOn: date.nullable(),
});
const homeworkTopic = topicName('curriculum', 'homework', 1);

export const CurriculumEvents = {
  schoolRegistered: defineEvent({
    type: 'curriculum.school.registered',
    version: 1,
    topic: topicName('curriculum', 'school', 1),
    data: z.object({
      schoolId: uuid,
      regionId: uuid,
      name: z.string(),
      timeZone: z.string(),
      workingWeekdays: z.array(z.number().int()),
    }),
  }),
  classCreated: defineEvent({
    type: 'curriculum.class.created',
    version: 1,
    topic: topicName('curriculum', 'class', 1),
    data: z.object({
      classId: uuid,
      schoolId: uuid,
      yearId: uuid,
      grade: z.number().int(),
      letter: z.string(),
      name: z.string(),
    }),
  }),
  groupChanged: defineEvent({
    type: 'curriculum.group.changed',
    version: 1,
    topic: topicName('curriculum', 'group', 1),
    data: z.object({
      groupId: uuid,
      schoolId: uuid,
      classId: uuid.nullable(),
      subjectId: uuid.nullable(),
      kind: z.enum(['subgroup', 'elective', 'profile']),
      memberIds: z.array(uuid),
    }),
  }),
  enrolmentChanged: defineEvent({
    type: 'curriculum.enrolment.changed',
    version: 1,
    topic: topicName('curriculum', 'enrolment', 1),
    data: z.object({
      enrolmentId: uuid,
      studentId: uuid,
      classId: uuid,
      schoolId: uuid,
      startsOn: date,
      endsOn: date.nullable(),
      change: z.enum(['arrival', 'transfer_in', 'transfer_out', 'departure']),
      order: z.string(),
    }),
  }),
  assignmentChanged: defineEvent({
    type: 'curriculum.assignment.changed',
    version: 1,
    topic: topicName('curriculum', 'assignment', 1),
    data: z.object({
      assignmentId: uuid,
      schoolId: uuid,
      yearId: uuid,
      teacherId: uuid,
      subjectId: uuid,
      classId: uuid.nullable(),
      groupId: uuid.nullable(),
      startsOn: date,
      endsOn: date.nullable(),
    }),
  }),
  lessonScheduled: defineEvent({
    type: 'curriculum.lesson.scheduled',
    version: 1,
    topic: lessonTopic,
    data: lessonData,
  }),
  lessonChanged: defineEvent({
    type: 'curriculum.lesson.changed',
    version: 1,
    topic: lessonTopic,
    data: lessonData,
  }),
  lessonCancelled: defineEvent({
    type: 'curriculum.lesson.cancelled',
    version: 1,
    topic: lessonTopic,
    data: lessonData,
  }),
  lessonConducted: defineEvent({
    type: 'curriculum.lesson.conducted',
    version: 1,
    topic: lessonTopic,
    data: lessonData,
  }),
  substitutionGranted: defineEvent({
    type: 'curriculum.substitution.granted',
    version: 1,
    topic: lessonTopic,
    data: z.object({ substitutionId: uuid, lessonId: uuid, schoolId: uuid, substituteId: uuid }),
  }),
  /** A new homework, once: saving the lesson again with the same homework publishes nothing. */
  homeworkAssigned: defineEvent({
    type: 'curriculum.homework.assigned',
    version: 1,
    topic: homeworkTopic,
    data: homeworkData,
  }),
  /** A homework's text, due date or files changed: one event per change, not per save. */
  homeworkChanged: defineEvent({
    type: 'curriculum.homework.changed',
    version: 1,
    topic: homeworkTopic,
    data: homeworkData.extend({
      revision: z.number().int().min(2),
      changes: z.array(z.enum(['text', 'dueOn', 'attachments'])).min(1),
    }),
  }),
  /** A homework withdrawn by its teacher; its earlier versions stay in the record (G1). */
  homeworkRemoved: defineEvent({
    type: 'curriculum.homework.removed',
    version: 1,
    topic: homeworkTopic,
    data: homeworkData.omit({ dueOn: true }).extend({ revision: z.number().int().min(2) }),
  }),
  periodChanged: defineEvent({
    type: 'curriculum.period.changed',
    version: 1,
    topic: topicName('curriculum', 'period', 1),
    data: z.object({
      periodId: uuid,
      yearId: uuid,
      schoolId: uuid,
      kind: z.enum(['quarter', 'trimester', 'half_year', 'module', 'holiday']),
      name: z.string(),
      startsOn: date,
      endsOn: date,
      reason: z.string().nullable(),
    }),
  }),
} as const;
