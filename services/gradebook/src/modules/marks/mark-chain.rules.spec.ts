import { describe, expect, it } from 'vitest';
import { GENESIS, markHash, verifyMarkChain, type ChainedMark } from './mark-chain.rules.js';

function chain(n: number) {
  const out: (ChainedMark & { hash: string })[] = [];
  let prev = GENESIS;
  for (let i = 0; i < n; i++) {
    const m: ChainedMark = {
      id: `m${i}`,
      journalKey: '7a:algebra:2026',
      schoolId: 's',
      studentId: `st${i % 2}`,
      subjectId: 'algebra',
      assignmentId: 'a',
      lessonId: `l${i}`,
      lessonDate: '2026-11-23',
      workType: 'answer',
      weight: 1,
      scale: 'five_point',
      value: String(3 + (i % 3)),
      numeric: 3 + (i % 3),
      comment: null,
      replacesMarkId: null,
      correctionReason: null,
      approvedBy: null,
      timing: 'on_time',
      enteredBy: 't',
      enteredRole: 'subject_teacher',
      enteredAt: new Date(Date.UTC(2026, 10, 23, 8, i)),
      prevHash: prev,
    };
    const hash = markHash(m);
    out.push({ ...m, hash });
    prev = hash;
  }
  return out;
}

describe('mark chain', () => {
  it('verifies an untouched journal', () => {
    expect(verifyMarkChain(chain(6))).toEqual({ ok: true, checked: 6 });
  });

  it('names the mark whose value was changed behind the service’s back', () => {
    const marks = chain(6);
    marks[3] = { ...marks[3]!, value: '5', numeric: 5 };
    expect(verifyMarkChain(marks)).toEqual({
      ok: false,
      checked: 3,
      firstBrokenId: 'm3',
      reason: 'hash-mismatch',
    });
  });

  it('notices a deleted mark by the broken link', () => {
    const marks = chain(5);
    marks.splice(2, 1);
    expect(verifyMarkChain(marks)).toMatchObject({
      ok: false,
      firstBrokenId: 'm3',
      reason: 'link-mismatch',
    });
  });

  it('ignores fields outside the record, such as a row sequence number', () => {
    const marks = chain(2).map((m, i) => ({ ...m, seq: String(i + 100) }));
    expect(verifyMarkChain(marks)).toEqual({ ok: true, checked: 2 });
  });

  it('keeps the hash of a mark without the fields added later, and covers them when set', () => {
    const [m] = chain(1);
    expect(markHash({ ...m!, title: null, pairId: null, pairPart: null })).toBe(m!.hash);
    const paired = { ...m!, pairId: 'p1', pairPart: 2 };
    expect(markHash(paired)).not.toBe(m!.hash);
    expect(markHash({ ...paired, pairPart: 1 })).not.toBe(markHash(paired));
    expect(markHash({ ...m!, title: 'Контрольная работа № 2' })).not.toBe(m!.hash);
  });
});
