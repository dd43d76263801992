import { EntitySchema } from '@mikro-orm/postgresql';

export type LessonStatus = 'scheduled' | 'conducted' | 'cancelled';
export type RecordStatus = 'on_time' | 'late' | 'transferred';

/**
 * One lesson on a date. Class, group, subject and teacher are copied from the assignment so the
 * journal and the diary read one table; the record of what was taught is filled in on the day (S7).
 */
export class Lesson {
  id!: string;
  schoolId!: string;
  assignmentId!: string;
  classId: string | null = null;
  groupId: string | null = null;
  subjectId!: string;
  teacherId!: string;
  date!: string;
  lessonNumber!: number;
  room: string | null = null;
  status: LessonStatus = 'scheduled';
  /** 'timetable' for generated lessons, 'extra' for one-off additions. */
  source!: 'timetable' | 'extra';
  slotId: string | null = null;
  changeReason: string | null = null;
  topicId: string | null = null;
  topicTitle: string | null = null;
  material: string | null = null;
  workType: string | null = null;
  /** Who actually taught: the teacher or a substitute (A6). */
  conductedBy: string | null = null;
  recordedAt: Date | null = null;
  recordStatus: RecordStatus | null = null;
  createdAt: Date = new Date();
}

/**
 * Homework for a lesson: general, or individual for one student (S7). This row is the current
 * version; every version, the first included, is also in `homework_revision` (G1).
 */
export class Homework {
  id!: string;
  lessonId!: string;
  studentId: string | null = null;
  text!: string;
  dueOn: string | null = null;
  createdBy!: string;
  createdAt: Date = new Date();
  revision = 1;
  changedAt: Date | null = null;
  changedBy: string | null = null;
  /** A removed homework is hidden from the diary and kept in the record. */
  removedAt: Date | null = null;
  removedBy: string | null = null;
}

export class HomeworkAttachment {
  id!: string;
  homeworkId!: string;
  fileKey!: string;
  fileName!: string;
  contentType!: string;
  size!: number;
  /** Taken off the homework by an edit; the revisions still name it. */
  removedAt: Date | null = null;
}

/** One version of a homework, insert-only (G1): what it said, from when, and who wrote it. */
export class HomeworkRevision {
  id!: string;
  homeworkId!: string;
  revision!: number;
  change!: 'assigned' | 'changed' | 'removed';
  lessonId!: string;
  studentId: string | null = null;
  text!: string;
  dueOn: string | null = null;
  attachmentIds!: string[];
  changedBy!: string;
  changedAt!: Date;
}

/** A deputy director's grant to a substitute teacher for one lesson (A6). */
export class Substitution {
  id!: string;
  lessonId!: string;
  substituteId!: string;
  grantedBy!: string;
  reason!: string;
  grantedAt: Date = new Date();
}

const ts = { type: 'Date', columnType: 'timestamptz' } as const;
const date = { type: 'string', columnType: 'date' } as const;

export const LessonSchema = new EntitySchema<Lesson>({
  class: Lesson,
  tableName: 'lesson',
  properties: {
    id: { type: 'uuid', primary: true },
    schoolId: { type: 'uuid' },
    assignmentId: { type: 'uuid' },
    classId: { type: 'uuid', nullable: true },
    groupId: { type: 'uuid', nullable: true },
    subjectId: { type: 'uuid' },
    teacherId: { type: 'uuid' },
    date,
    lessonNumber: { type: 'integer' },
    room: { type: 'text', nullable: true },
    status: { type: 'text' },
    source: { type: 'text' },
    slotId: { type: 'uuid', nullable: true },
    changeReason: { type: 'text', nullable: true },
    topicId: { type: 'uuid', nullable: true },
    topicTitle: { type: 'text', nullable: true },
    material: { type: 'text', nullable: true },
    workType: { type: 'text', nullable: true },
    conductedBy: { type: 'uuid', nullable: true },
    recordedAt: { ...ts, nullable: true },
    recordStatus: { type: 'text', nullable: true },
    createdAt: ts,
  },
});
export const HomeworkSchema = new EntitySchema<Homework>({
  class: Homework,
  tableName: 'homework',
  properties: {
    id: { type: 'uuid', primary: true },
    lessonId: { type: 'uuid' },
    studentId: { type: 'uuid', nullable: true },
    text: { type: 'text' },
    dueOn: { ...date, nullable: true },
    createdBy: { type: 'uuid' },
    createdAt: ts,
    revision: { type: 'integer' },
    changedAt: { ...ts, nullable: true },
    changedBy: { type: 'uuid', nullable: true },
    removedAt: { ...ts, nullable: true },
    removedBy: { type: 'uuid', nullable: true },
  },
});
export const HomeworkAttachmentSchema = new EntitySchema<HomeworkAttachment>({
  class: HomeworkAttachment,
  tableName: 'homework_attachment',
  properties: {
    id: { type: 'uuid', primary: true },
    homeworkId: { type: 'uuid' },
    fileKey: { type: 'text' },
    fileName: { type: 'text' },
    contentType: { type: 'text' },
    size: { type: 'integer' },
    removedAt: { ...ts, nullable: true },
  },
});
export const HomeworkRevisionSchema = new EntitySchema<HomeworkRevision>({
  class: HomeworkRevision,
  tableName: 'homework_revision',
  properties: {
    id: { type: 'uuid', primary: true },
    homeworkId: { type: 'uuid' },
    revision: { type: 'integer' },
    change: { type: 'text' },
    lessonId: { type: 'uuid' },
    studentId: { type: 'uuid', nullable: true },
    text: { type: 'text' },
    dueOn: { ...date, nullable: true },
    attachmentIds: { type: 'json' },
    changedBy: { type: 'uuid' },
    changedAt: ts,
  },
});
export const SubstitutionSchema = new EntitySchema<Substitution>({
  class: Substitution,
  tableName: 'substitution',
  properties: {
    id: { type: 'uuid', primary: true },
    lessonId: { type: 'uuid' },
    substituteId: { type: 'uuid' },
    grantedBy: { type: 'uuid' },
    reason: { type: 'text' },
    grantedAt: ts,
  },
});
