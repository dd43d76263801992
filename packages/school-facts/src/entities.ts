import { EntitySchema } from '@mikro-orm/postgresql';

/**
 * A service's copies of curriculum's and identity's facts, fed by their events: enough to decide
 * who may write what for which lesson and student without calling back (events, not calls).
 */
export class RmSchool {
  id!: string;
  timeZone!: string;
  workingWeekdays!: number[];
}
export class RmClass {
  id!: string;
  schoolId!: string;
  grade!: number;
  name!: string;
}
export class RmGroup {
  id!: string;
  schoolId!: string;
  classId: string | null = null;
  memberIds: string[] = [];
}
export class RmEnrolment {
  id!: string;
  studentId!: string;
  classId!: string;
  startsOn!: string;
  endsOn: string | null = null;
}
export class RmAssignment {
  id!: string;
  schoolId!: string;
  yearId!: string;
  teacherId!: string;
  subjectId!: string;
  classId: string | null = null;
  groupId: string | null = null;
}
export class RmLesson {
  id!: string;
  assignmentId!: string;
  schoolId!: string;
  classId: string | null = null;
  groupId: string | null = null;
  subjectId!: string;
  teacherId!: string;
  date!: string;
  status!: string;
  workType: string | null = null;
}
export class RmSubstitution {
  id!: string;
  lessonId!: string;
  substituteId!: string;
}
export class RmPeriod {
  id!: string;
  yearId!: string;
  schoolId!: string;
  kind!: string;
  name!: string;
  startsOn!: string;
  endsOn!: string;
}
export class RmGuardianship {
  linkId!: string;
  parentId!: string;
  childId!: string;
  verified!: boolean;
  active!: boolean;
}

const uuid = { type: 'uuid' } as const;
const nuuid = { type: 'uuid', nullable: true } as const;
const date = { type: 'string', columnType: 'date' } as const;

export const RmSchoolSchema = new EntitySchema<RmSchool>({
  class: RmSchool,
  tableName: 'rm_school',
  properties: {
    id: { type: 'uuid', primary: true },
    timeZone: { type: 'text' },
    workingWeekdays: { type: 'json' },
  },
});
export const RmClassSchema = new EntitySchema<RmClass>({
  class: RmClass,
  tableName: 'rm_class',
  properties: {
    id: { type: 'uuid', primary: true },
    schoolId: uuid,
    grade: { type: 'integer' },
    name: { type: 'text' },
  },
});
export const RmGroupSchema = new EntitySchema<RmGroup>({
  class: RmGroup,
  tableName: 'rm_group',
  properties: {
    id: { type: 'uuid', primary: true },
    schoolId: uuid,
    classId: nuuid,
    memberIds: { type: 'json' },
  },
});
export const RmEnrolmentSchema = new EntitySchema<RmEnrolment>({
  class: RmEnrolment,
  tableName: 'rm_enrolment',
  properties: {
    id: { type: 'uuid', primary: true },
    studentId: uuid,
    classId: uuid,
    startsOn: date,
    endsOn: { ...date, nullable: true },
  },
});
export const RmAssignmentSchema = new EntitySchema<RmAssignment>({
  class: RmAssignment,
  tableName: 'rm_assignment',
  properties: {
    id: { type: 'uuid', primary: true },
    schoolId: uuid,
    yearId: uuid,
    teacherId: uuid,
    subjectId: uuid,
    classId: nuuid,
    groupId: nuuid,
  },
});
export const RmLessonSchema = new EntitySchema<RmLesson>({
  class: RmLesson,
  tableName: 'rm_lesson',
  properties: {
    id: { type: 'uuid', primary: true },
    assignmentId: uuid,
    schoolId: uuid,
    classId: nuuid,
    groupId: nuuid,
    subjectId: uuid,
    teacherId: uuid,
    date,
    status: { type: 'text' },
    workType: { type: 'text', nullable: true },
  },
});
export const RmSubstitutionSchema = new EntitySchema<RmSubstitution>({
  class: RmSubstitution,
  tableName: 'rm_substitution',
  properties: { id: { type: 'uuid', primary: true }, lessonId: uuid, substituteId: uuid },
});
export const RmPeriodSchema = new EntitySchema<RmPeriod>({
  class: RmPeriod,
  tableName: 'rm_period',
  properties: {
    id: { type: 'uuid', primary: true },
    yearId: uuid,
    schoolId: uuid,
    kind: { type: 'text' },
    name: { type: 'text' },
    startsOn: date,
    endsOn: date,
  },
});
export const RmGuardianshipSchema = new EntitySchema<RmGuardianship>({
  class: RmGuardianship,
  tableName: 'rm_guardianship',
  properties: {
    linkId: { type: 'uuid', primary: true },
    parentId: uuid,
    childId: uuid,
    verified: { type: 'boolean' },
    active: { type: 'boolean' },
  },
});

export const readModelSchemas = [
  RmSchoolSchema,
  RmClassSchema,
  RmGroupSchema,
  RmEnrolmentSchema,
  RmAssignmentSchema,
  RmLessonSchema,
  RmSubstitutionSchema,
  RmPeriodSchema,
  RmGuardianshipSchema,
];
