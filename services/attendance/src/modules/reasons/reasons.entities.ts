import { EntitySchema } from '@mikro-orm/postgresql';
import type { AbsenceReasonKind } from '@dnevnik/contracts';

const ts = { type: 'Date', columnType: 'timestamptz' } as const;
const date = { type: 'string', columnType: 'date' } as const;

/** P2: why a student missed a lesson. Insert-only: the latest row for the lesson applies. */
export class AbsenceReason {
  id!: string;
  seq?: string;
  schoolId!: string;
  studentId!: string;
  lessonId!: string;
  lessonDate!: string;
  /** The absence record it was set on (the reason outlives corrections of the record). */
  recordId!: string;
  kind!: AbsenceReasonKind;
  comment: string | null = null;
  /** The parent's confirmed notice that gave the reason, if any. */
  noticeId: string | null = null;
  setBy!: string;
  setRole!: string;
  setAt!: Date;
}

export type NoticeStatus = 'pending' | 'confirmed' | 'rejected';

/** P2: a parent's advance notice of an absence for a date range. */
export class AbsenceNotice {
  id!: string;
  schoolId!: string;
  studentId!: string;
  fromDate!: string;
  toDate!: string;
  kind!: AbsenceReasonKind;
  comment: string | null = null;
  submittedBy!: string;
  submittedAt!: Date;
  status!: NoticeStatus;
  decidedBy: string | null = null;
  decidedAt: Date | null = null;
  decisionComment: string | null = null;
}

/** P2: the class teacher marked a week's absences of the class reconciled. */
export class WeekReconciliation {
  id!: string;
  schoolId!: string;
  classId!: string;
  weekStart!: string;
  reconciledBy!: string;
  reconciledAt!: Date;
}

export const AbsenceReasonSchema = new EntitySchema<AbsenceReason>({
  class: AbsenceReason,
  tableName: 'absence_reason',
  properties: {
    id: { type: 'uuid', primary: true },
    seq: { type: 'bigint', autoincrement: true, persist: false, unique: true },
    schoolId: { type: 'uuid' },
    studentId: { type: 'uuid' },
    lessonId: { type: 'uuid' },
    lessonDate: date,
    recordId: { type: 'uuid' },
    kind: { type: 'text' },
    comment: { type: 'text', nullable: true },
    noticeId: { type: 'uuid', nullable: true },
    setBy: { type: 'uuid' },
    setRole: { type: 'text' },
    setAt: ts,
  },
});

export const AbsenceNoticeSchema = new EntitySchema<AbsenceNotice>({
  class: AbsenceNotice,
  tableName: 'absence_notice',
  properties: {
    id: { type: 'uuid', primary: true },
    schoolId: { type: 'uuid' },
    studentId: { type: 'uuid' },
    fromDate: date,
    toDate: date,
    kind: { type: 'text' },
    comment: { type: 'text', nullable: true },
    submittedBy: { type: 'uuid' },
    submittedAt: ts,
    status: { type: 'text' },
    decidedBy: { type: 'uuid', nullable: true },
    decidedAt: { ...ts, nullable: true },
    decisionComment: { type: 'text', nullable: true },
  },
});

export const WeekReconciliationSchema = new EntitySchema<WeekReconciliation>({
  class: WeekReconciliation,
  tableName: 'week_reconciliation',
  properties: {
    id: { type: 'uuid', primary: true },
    schoolId: { type: 'uuid' },
    classId: { type: 'uuid' },
    weekStart: date,
    reconciledBy: { type: 'uuid' },
    reconciledAt: ts,
  },
});
