import {
  GENESIS_HASH,
  recordHash,
  verifyRecordChain,
  type RecordChainVerdict,
} from '@dnevnik/audit';

export const GENESIS = GENESIS_HASH;

/** The fields of an attendance record that its hash covers: everything that makes it official. */
export interface ChainedAttendance {
  id: string;
  journalKey: string;
  schoolId: string;
  studentId: string;
  subjectId: string;
  assignmentId: string;
  lessonId: string;
  lessonDate: string;
  status: string;
  lateMinutes: number | null;
  comment: string | null;
  replacesRecordId: string | null;
  correctionReason: string | null;
  approvedBy: string | null;
  timing: string;
  enteredBy: string;
  enteredRole: string;
  enteredAt: Date;
  prevHash: string;
}

/** Picks the covered fields explicitly, so columns added later never change old hashes. */
export function attendanceHash(r: ChainedAttendance): string {
  return recordHash({
    id: r.id,
    journalKey: r.journalKey,
    schoolId: r.schoolId,
    studentId: r.studentId,
    subjectId: r.subjectId,
    assignmentId: r.assignmentId,
    lessonId: r.lessonId,
    lessonDate: r.lessonDate,
    status: r.status,
    lateMinutes: r.lateMinutes,
    comment: r.comment,
    replacesRecordId: r.replacesRecordId,
    correctionReason: r.correctionReason,
    approvedBy: r.approvedBy,
    timing: r.timing,
    enteredBy: r.enteredBy,
    enteredRole: r.enteredRole,
    enteredAt: new Date(r.enteredAt).toISOString(),
    prevHash: r.prevHash,
  });
}

/** P1, G2: recomputes a journal's chain in order and names the first record that fails. */
export const verifyAttendanceChain = (
  records: (ChainedAttendance & { hash: string })[],
): RecordChainVerdict => verifyRecordChain(records, attendanceHash);
