import { EntitySchema } from '@mikro-orm/postgresql';

/**
 * A mark as entered: never updated, never deleted (M4, G1). A correction is a new row that
 * points to the one it replaces. Each row carries the hash of its journal's previous row.
 */
export class Mark {
  id!: string;
  seq?: string;
  /** The journal the mark belongs to: class or group × subject × year. */
  journalKey!: string;
  schoolId!: string;
  studentId!: string;
  subjectId!: string;
  assignmentId!: string;
  /** Null for a written work without a fixed lesson (M1); lessonDate is then the work's date. */
  lessonId: string | null = null;
  lessonDate!: string;
  /** What the work was, for a mark without a lesson: «Контрольная работа № 2». */
  title: string | null = null;
  /** The two parts of a paired mark («4/5») share a pair id; part 1 is the dictation itself. */
  pairId: string | null = null;
  pairPart: 1 | 2 | null = null;
  workType!: string;
  weight!: number;
  scale!: string;
  /** The mark as written, on its scale. */
  value!: string;
  /** Its five-point equivalent, the number means use (M2, M6); null for pass/fail. */
  numeric: number | null = null;
  comment: string | null = null;
  replacesMarkId: string | null = null;
  correctionReason: string | null = null;
  approvedBy: string | null = null;
  timing!: 'on_time' | 'late' | 'transferred';
  enteredBy!: string;
  enteredRole!: string;
  enteredAt!: Date;
  prevHash!: string;
  hash!: string;
}

/** A deputy director's window for transferring a temporary journal after an outage (G4). */
export class TransferWindow {
  id!: string;
  schoolId!: string;
  fromDate!: string;
  toDate!: string;
  openedBy!: string;
  openedAt!: Date;
  closesAt!: Date;
  reason!: string;
}

/** M5: the deputy's permission to enter a lesson's marks after the deadline, for a few days. */
export class LateEntryPermitRow {
  id!: string;
  /** The lesson, or for a written work without a lesson the assignment and the work's date. */
  lessonId: string | null = null;
  assignmentId: string | null = null;
  workDate: string | null = null;
  schoolId!: string;
  grantedBy!: string;
  reason!: string;
  grantedAt!: Date;
  validUntil!: Date;
}

const ts = { type: 'Date', columnType: 'timestamptz' } as const;
const date = { type: 'string', columnType: 'date' } as const;

export const MarkSchema = new EntitySchema<Mark>({
  class: Mark,
  tableName: 'mark',
  properties: {
    id: { type: 'uuid', primary: true },
    seq: { type: 'bigint', autoincrement: true, persist: false, unique: true },
    journalKey: { type: 'text' },
    schoolId: { type: 'uuid' },
    studentId: { type: 'uuid' },
    subjectId: { type: 'uuid' },
    assignmentId: { type: 'uuid' },
    lessonId: { type: 'uuid', nullable: true },
    lessonDate: date,
    title: { type: 'text', nullable: true },
    pairId: { type: 'uuid', nullable: true },
    pairPart: { type: 'smallint', nullable: true },
    workType: { type: 'text' },
    weight: { type: 'double' },
    scale: { type: 'text' },
    value: { type: 'text' },
    numeric: { type: 'double', nullable: true },
    comment: { type: 'text', nullable: true },
    replacesMarkId: { type: 'uuid', nullable: true },
    correctionReason: { type: 'text', nullable: true },
    approvedBy: { type: 'uuid', nullable: true },
    timing: { type: 'text' },
    enteredBy: { type: 'uuid' },
    enteredRole: { type: 'text' },
    enteredAt: ts,
    prevHash: { type: 'text' },
    hash: { type: 'text' },
  },
});

export const TransferWindowSchema = new EntitySchema<TransferWindow>({
  class: TransferWindow,
  tableName: 'transfer_window',
  properties: {
    id: { type: 'uuid', primary: true },
    schoolId: { type: 'uuid' },
    fromDate: date,
    toDate: date,
    openedBy: { type: 'uuid' },
    openedAt: ts,
    closesAt: ts,
    reason: { type: 'text' },
  },
});

export const LateEntryPermitSchema = new EntitySchema<LateEntryPermitRow>({
  class: LateEntryPermitRow,
  tableName: 'late_entry_permit',
  properties: {
    id: { type: 'uuid', primary: true },
    lessonId: { type: 'uuid', nullable: true },
    assignmentId: { type: 'uuid', nullable: true },
    workDate: { ...date, nullable: true },
    schoolId: { type: 'uuid' },
    grantedBy: { type: 'uuid' },
    reason: { type: 'text' },
    grantedAt: ts,
    validUntil: ts,
  },
});
