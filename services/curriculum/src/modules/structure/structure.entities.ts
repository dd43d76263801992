import { EntitySchema } from '@mikro-orm/postgresql';
import type { PeriodKind } from '../calendar/calendar.types.js';

/** A school, with the time zone its deadlines are counted in (the region spans several). */
export class School {
  id!: string;
  regionId!: string;
  name!: string;
  timeZone!: string;
  /** ISO weekdays the school works (five- or six-day week). */
  workingWeekdays: number[] = [1, 2, 3, 4, 5];
  createdAt: Date = new Date();
}

export class AcademicYear {
  id!: string;
  schoolId!: string;
  name!: string;
  startsOn!: string;
  endsOn!: string;
}

/** A study period (quarter, trimester, half-year, module) or a holiday (S1). */
export class Period {
  id!: string;
  yearId!: string;
  kind!: PeriodKind;
  name!: string;
  startsOn!: string;
  endsOn!: string;
  /** The director's order behind the latest change, and why (quarantine, moved holidays). */
  orderRef: string | null = null;
  changeReason: string | null = null;
  updatedAt: Date = new Date();
}

/** A lesson number's start and end in the school's bell schedule. */
export class Bell {
  id!: string;
  schoolId!: string;
  lessonNumber!: number;
  startsAt!: string;
  endsAt!: string;
}

export class Subject {
  id!: string;
  schoolId!: string;
  name!: string;
}

/** A class (параллель + буква) of one academic year. */
export class SchoolClass {
  id!: string;
  schoolId!: string;
  yearId!: string;
  grade!: number;
  letter!: string;
  name!: string;
}

export type GroupKind = 'subgroup' | 'elective' | 'profile';

/** A subgroup of a class for a subject, or a cross-class elective/profile group (S2). */
export class StudyGroup {
  id!: string;
  schoolId!: string;
  yearId!: string;
  name!: string;
  kind!: GroupKind;
  subjectId: string | null = null;
  classId: string | null = null;
}

export class GroupMember {
  id!: string;
  groupId!: string;
  studentId!: string;
  joinedOn!: string;
  leftOn: string | null = null;
}

/** A student's membership of a class over time; movements close a row and open another (S3). */
export class Enrolment {
  id!: string;
  studentId!: string;
  classId!: string;
  startsOn!: string;
  /** Exclusive: the first day the student is no longer in the class. */
  endsOn: string | null = null;
  startReason!: 'arrival' | 'transfer' | 'promotion';
  startOrder!: string;
  endReason: 'departure' | 'transfer' | 'promotion' | null = null;
  endOrder: string | null = null;
}

const ts = { type: 'Date', columnType: 'timestamptz' } as const;
const date = { type: 'string', columnType: 'date' } as const;

export const SchoolSchema = new EntitySchema<School>({
  class: School,
  tableName: 'school',
  properties: {
    id: { type: 'uuid', primary: true },
    regionId: { type: 'uuid' },
    name: { type: 'text' },
    timeZone: { type: 'text' },
    workingWeekdays: { type: 'json' },
    createdAt: ts,
  },
});
export const AcademicYearSchema = new EntitySchema<AcademicYear>({
  class: AcademicYear,
  tableName: 'academic_year',
  properties: {
    id: { type: 'uuid', primary: true },
    schoolId: { type: 'uuid' },
    name: { type: 'text' },
    startsOn: date,
    endsOn: date,
  },
});
export const PeriodSchema = new EntitySchema<Period>({
  class: Period,
  tableName: 'period',
  properties: {
    id: { type: 'uuid', primary: true },
    yearId: { type: 'uuid' },
    kind: { type: 'text' },
    name: { type: 'text' },
    startsOn: date,
    endsOn: date,
    orderRef: { type: 'text', nullable: true },
    changeReason: { type: 'text', nullable: true },
    updatedAt: ts,
  },
});
export const BellSchema = new EntitySchema<Bell>({
  class: Bell,
  tableName: 'bell',
  properties: {
    id: { type: 'uuid', primary: true },
    schoolId: { type: 'uuid' },
    lessonNumber: { type: 'integer' },
    startsAt: { type: 'text' },
    endsAt: { type: 'text' },
  },
});
export const SubjectSchema = new EntitySchema<Subject>({
  class: Subject,
  tableName: 'subject',
  properties: {
    id: { type: 'uuid', primary: true },
    schoolId: { type: 'uuid' },
    name: { type: 'text' },
  },
});
export const SchoolClassSchema = new EntitySchema<SchoolClass>({
  class: SchoolClass,
  tableName: 'school_class',
  properties: {
    id: { type: 'uuid', primary: true },
    schoolId: { type: 'uuid' },
    yearId: { type: 'uuid' },
    grade: { type: 'integer' },
    letter: { type: 'text' },
    name: { type: 'text' },
  },
});
export const StudyGroupSchema = new EntitySchema<StudyGroup>({
  class: StudyGroup,
  tableName: 'study_group',
  properties: {
    id: { type: 'uuid', primary: true },
    schoolId: { type: 'uuid' },
    yearId: { type: 'uuid' },
    name: { type: 'text' },
    kind: { type: 'text' },
    subjectId: { type: 'uuid', nullable: true },
    classId: { type: 'uuid', nullable: true },
  },
});
export const GroupMemberSchema = new EntitySchema<GroupMember>({
  class: GroupMember,
  tableName: 'group_member',
  properties: {
    id: { type: 'uuid', primary: true },
    groupId: { type: 'uuid' },
    studentId: { type: 'uuid' },
    joinedOn: date,
    leftOn: { ...date, nullable: true },
  },
});
export const EnrolmentSchema = new EntitySchema<Enrolment>({
  class: Enrolment,
  tableName: 'enrolment',
  properties: {
    id: { type: 'uuid', primary: true },
    studentId: { type: 'uuid' },
    classId: { type: 'uuid' },
    startsOn: date,
    endsOn: { ...date, nullable: true },
    startReason: { type: 'text' },
    startOrder: { type: 'text' },
    endReason: { type: 'text', nullable: true },
    endOrder: { type: 'text', nullable: true },
  },
});
