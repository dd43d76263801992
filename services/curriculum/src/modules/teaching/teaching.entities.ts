import { EntitySchema } from '@mikro-orm/postgresql';
import type { LessonKind } from '../plan/plan.rules.js';

/** Hours of a subject in a grade for a year (учебный план, S4). */
export class CurriculumItem {
  id!: string;
  yearId!: string;
  grade!: number;
  subjectId!: string;
  hoursPerWeek!: number;
  hoursPerYear!: number;
}

/** A student's own hours for a subject (individual curriculum, S4): 0 means exempt from it. */
export class IndividualCurriculumItem {
  id!: string;
  yearId!: string;
  studentId!: string;
  subjectId!: string;
  hoursPerYear!: number;
  reason!: string;
}

/** Who teaches what to whom (S5): a teacher, a subject, and a class or a group. */
export class TeachingAssignment {
  id!: string;
  schoolId!: string;
  yearId!: string;
  teacherId!: string;
  subjectId!: string;
  classId: string | null = null;
  groupId: string | null = null;
  startsOn!: string;
  endsOn: string | null = null;
}

/** A weekly timetable line; a correction closes it (validTo) and opens another. */
export class TimetableSlot {
  id!: string;
  assignmentId!: string;
  weekday!: number;
  lessonNumber!: number;
  room: string | null = null;
  validFrom!: string;
  validTo: string | null = null;
}

/** A version of a calendar-thematic plan (КТП, S6). Each submission is a new version. */
export class Plan {
  id!: string;
  assignmentId!: string;
  version!: number;
  totalHours!: number;
  submittedBy!: string;
  submittedAt: Date = new Date();
  late!: boolean;
}

export class PlanTopic {
  id!: string;
  planId!: string;
  position!: number;
  title!: string;
  hours!: number;
  kind!: LessonKind;
}

const ts = { type: 'Date', columnType: 'timestamptz' } as const;
const date = { type: 'string', columnType: 'date' } as const;

export const CurriculumItemSchema = new EntitySchema<CurriculumItem>({
  class: CurriculumItem,
  tableName: 'curriculum_item',
  properties: {
    id: { type: 'uuid', primary: true },
    yearId: { type: 'uuid' },
    grade: { type: 'integer' },
    subjectId: { type: 'uuid' },
    hoursPerWeek: { type: 'double' },
    hoursPerYear: { type: 'integer' },
  },
});
export const TeachingAssignmentSchema = new EntitySchema<TeachingAssignment>({
  class: TeachingAssignment,
  tableName: 'teaching_assignment',
  properties: {
    id: { type: 'uuid', primary: true },
    schoolId: { type: 'uuid' },
    yearId: { type: 'uuid' },
    teacherId: { type: 'uuid' },
    subjectId: { type: 'uuid' },
    classId: { type: 'uuid', nullable: true },
    groupId: { type: 'uuid', nullable: true },
    startsOn: date,
    endsOn: { ...date, nullable: true },
  },
});
export const TimetableSlotSchema = new EntitySchema<TimetableSlot>({
  class: TimetableSlot,
  tableName: 'timetable_slot',
  properties: {
    id: { type: 'uuid', primary: true },
    assignmentId: { type: 'uuid' },
    weekday: { type: 'integer' },
    lessonNumber: { type: 'integer' },
    room: { type: 'text', nullable: true },
    validFrom: date,
    validTo: { ...date, nullable: true },
  },
});
export const PlanSchema = new EntitySchema<Plan>({
  class: Plan,
  tableName: 'plan',
  properties: {
    id: { type: 'uuid', primary: true },
    assignmentId: { type: 'uuid' },
    version: { type: 'integer' },
    totalHours: { type: 'integer' },
    submittedBy: { type: 'uuid' },
    submittedAt: ts,
    late: { type: 'boolean' },
  },
});
export const PlanTopicSchema = new EntitySchema<PlanTopic>({
  class: PlanTopic,
  tableName: 'plan_topic',
  properties: {
    id: { type: 'uuid', primary: true },
    planId: { type: 'uuid' },
    position: { type: 'integer' },
    title: { type: 'text' },
    hours: { type: 'integer' },
    kind: { type: 'text' },
  },
});

export const IndividualCurriculumItemSchema = new EntitySchema<IndividualCurriculumItem>({
  class: IndividualCurriculumItem,
  tableName: 'individual_curriculum_item',
  properties: {
    id: { type: 'uuid', primary: true },
    yearId: { type: 'uuid' },
    studentId: { type: 'uuid' },
    subjectId: { type: 'uuid' },
    hoursPerYear: { type: 'integer' },
    reason: { type: 'text' },
  },
});
