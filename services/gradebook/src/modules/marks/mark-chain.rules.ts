import {
  GENESIS_HASH,
  recordHash,
  verifyRecordChain,
  type RecordChainVerdict,
} from '@dnevnik/audit';

export const GENESIS = GENESIS_HASH;

/** The fields of a mark that its hash covers: everything that makes it the official record. */
export interface ChainedMark {
  id: string;
  journalKey: string;
  schoolId: string;
  studentId: string;
  subjectId: string;
  assignmentId: string;
  lessonId: string | null;
  lessonDate: string;
  title?: string | null;
  pairId?: string | null;
  pairPart?: number | null;
  workType: string;
  weight: number;
  scale: string;
  value: string;
  numeric: number | null;
  comment: string | null;
  replacesMarkId: string | null;
  correctionReason: string | null;
  approvedBy: string | null;
  timing: string;
  enteredBy: string;
  enteredRole: string;
  enteredAt: Date;
  prevHash: string;
}

/**
 * Picks the covered fields explicitly, so columns added later never change old hashes: fields
 * added since the first version are covered only when set, and older rows never have them.
 */
export function markHash(m: ChainedMark): string {
  return recordHash({
    id: m.id,
    journalKey: m.journalKey,
    schoolId: m.schoolId,
    studentId: m.studentId,
    subjectId: m.subjectId,
    assignmentId: m.assignmentId,
    lessonId: m.lessonId,
    lessonDate: m.lessonDate,
    workType: m.workType,
    weight: m.weight,
    scale: m.scale,
    value: m.value,
    numeric: m.numeric,
    comment: m.comment,
    replacesMarkId: m.replacesMarkId,
    correctionReason: m.correctionReason,
    approvedBy: m.approvedBy,
    timing: m.timing,
    enteredBy: m.enteredBy,
    enteredRole: m.enteredRole,
    enteredAt: new Date(m.enteredAt).toISOString(),
    prevHash: m.prevHash,
    ...(m.title != null ? { title: m.title } : {}),
    ...(m.pairId != null ? { pairId: m.pairId, pairPart: m.pairPart } : {}),
  });
}

export type JournalVerdict = RecordChainVerdict;

/** M4, G2: recomputes a journal's chain in order and names the first mark that does not verify. */
export const verifyMarkChain = (marks: (ChainedMark & { hash: string })[]): JournalVerdict =>
  verifyRecordChain(marks, markHash);
