import { describe, expect, it } from 'vitest';
import {
  attendanceHash,
  GENESIS,
  verifyAttendanceChain,
  type ChainedAttendance,
} from './record-chain.rules.js';

function chain(n: number) {
  const out: (ChainedAttendance & { hash: string })[] = [];
  let prev = GENESIS;
  for (let i = 0; i < n; i++) {
    const r: ChainedAttendance = {
      id: `r${i}`,
      journalKey: '7a:algebra:2026',
      schoolId: 's',
      studentId: `st${i % 3}`,
      subjectId: 'algebra',
      assignmentId: 'a',
      lessonId: `l${i}`,
      lessonDate: '2026-11-23',
      status: i % 2 ? 'late' : 'absent',
      lateMinutes: i % 2 ? 10 : null,
      comment: null,
      replacesRecordId: null,
      correctionReason: null,
      approvedBy: null,
      timing: 'on_time',
      enteredBy: 't',
      enteredRole: 'subject_teacher',
      enteredAt: new Date(Date.UTC(2026, 10, 23, 8, i)),
      prevHash: prev,
    };
    const hash = attendanceHash(r);
    out.push({ ...r, hash });
    prev = hash;
  }
  return out;
}

describe('attendance chain', () => {
  it('verifies an untouched journal', () => {
    expect(verifyAttendanceChain(chain(5))).toEqual({ ok: true, checked: 5 });
  });

  it('names the record turned from absent to late behind the service’s back', () => {
    const records = chain(5);
    records[2] = { ...records[2]!, status: 'late', lateMinutes: 5 };
    expect(verifyAttendanceChain(records)).toEqual({
      ok: false,
      checked: 2,
      firstBrokenId: 'r2',
      reason: 'hash-mismatch',
    });
  });

  it('notices a deleted record by the broken link', () => {
    const records = chain(4);
    records.splice(1, 1);
    expect(verifyAttendanceChain(records)).toMatchObject({
      ok: false,
      firstBrokenId: 'r2',
      reason: 'link-mismatch',
    });
  });

  it('covers the minutes of lateness', () => {
    const records = chain(2);
    records[1] = { ...records[1]!, lateMinutes: 1 };
    expect(verifyAttendanceChain(records)).toMatchObject({ ok: false, firstBrokenId: 'r1' });
  });
});
