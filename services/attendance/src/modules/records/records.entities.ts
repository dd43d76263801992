import { EntitySchema } from '@mikro-orm/postgresql';
import type { AttendanceStatus } from '@dnevnik/contracts';

/**
 * An absence or lateness as entered: never updated, never deleted (P1, G1). "Present" is the
 * default and is recorded only as a correction that undoes an earlier record. Each row carries
 * the hash of its journal's previous row.
 */
export class AttendanceRecord {
  id!: string;
  seq?: string;
  /** The class journal the record belongs to: class or group × subject × year, as for marks. */
  journalKey!: string;
  schoolId!: string;
  studentId!: string;
  subjectId!: string;
  assignmentId!: string;
  lessonId!: string;
  lessonDate!: string;
  status!: AttendanceStatus;
  /** Minutes late, for `late` only. */
  lateMinutes: number | null = null;
  comment: string | null = null;
  replacesRecordId: string | null = null;
  correctionReason: string | null = null;
  approvedBy: string | null = null;
  timing!: 'on_time' | 'late' | 'transferred';
  enteredBy!: string;
  enteredRole!: string;
  enteredAt!: Date;
  prevHash!: string;
  hash!: string;
}

const ts = { type: 'Date', columnType: 'timestamptz' } as const;
const date = { type: 'string', columnType: 'date' } as const;

export const AttendanceRecordSchema = new EntitySchema<AttendanceRecord>({
  class: AttendanceRecord,
  tableName: 'attendance_record',
  properties: {
    id: { type: 'uuid', primary: true },
    seq: { type: 'bigint', autoincrement: true, persist: false, unique: true },
    journalKey: { type: 'text' },
    schoolId: { type: 'uuid' },
    studentId: { type: 'uuid' },
    subjectId: { type: 'uuid' },
    assignmentId: { type: 'uuid' },
    lessonId: { type: 'uuid' },
    lessonDate: date,
    status: { type: 'text' },
    lateMinutes: { type: 'integer', nullable: true },
    comment: { type: 'text', nullable: true },
    replacesRecordId: { type: 'uuid', nullable: true },
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
