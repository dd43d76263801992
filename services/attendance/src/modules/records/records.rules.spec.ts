import { describe, expect, it } from 'vitest';
import { changesRecord, checkEntry, correctionVerdict, MAX_LATE_MINUTES } from './records.rules.js';

describe('checkEntry (P1)', () => {
  it('takes an absence without minutes and lateness with them', () => {
    expect(checkEntry({ status: 'absent', correction: false })).toEqual({
      ok: true,
      status: 'absent',
      lateMinutes: null,
    });
    expect(checkEntry({ status: 'late', lateMinutes: 7, correction: false })).toEqual({
      ok: true,
      status: 'late',
      lateMinutes: 7,
    });
  });

  it('refuses "present" as a first record, and takes it as a correction', () => {
    expect(checkEntry({ status: 'present', correction: false })).toMatchObject({
      ok: false,
      field: 'status',
    });
    expect(checkEntry({ status: 'present', correction: true })).toEqual({
      ok: true,
      status: 'present',
      lateMinutes: null,
    });
  });

  it('wants whole minutes from 1 to the length of a double lesson for lateness', () => {
    for (const lateMinutes of [null, 0, -5, 2.5, MAX_LATE_MINUTES + 1])
      expect(checkEntry({ status: 'late', lateMinutes, correction: false })).toMatchObject({
        ok: false,
        field: 'lateMinutes',
      });
    expect(
      checkEntry({ status: 'late', lateMinutes: MAX_LATE_MINUTES, correction: false }).ok,
    ).toBe(true);
  });

  it('refuses minutes on an absence and unknown statuses', () => {
    expect(checkEntry({ status: 'absent', lateMinutes: 5, correction: false })).toMatchObject({
      ok: false,
      field: 'lateMinutes',
    });
    expect(checkEntry({ status: 'sick', correction: true })).toMatchObject({
      ok: false,
      field: 'status',
    });
  });
});

describe('changesRecord', () => {
  it('needs a different status or different minutes', () => {
    const absent = { status: 'absent', lateMinutes: null };
    expect(changesRecord(absent, absent)).toBe(false);
    expect(changesRecord(absent, { status: 'present', lateMinutes: null })).toBe(true);
    expect(
      changesRecord({ status: 'late', lateMinutes: 5 }, { status: 'late', lateMinutes: 15 }),
    ).toBe(true);
  });
});

describe('correctionVerdict (003 §8.6)', () => {
  const created = new Date('2026-11-23T08:00:00Z');
  const sixDays = new Date('2026-11-29T08:00:00Z');
  const eightDays = new Date('2026-12-01T08:00:00Z');

  it('lets the teacher and the class teacher correct within 7 days', () => {
    expect(correctionVerdict('teacher', created, sixDays)).toEqual({ allowed: true });
    expect(correctionVerdict('class_teacher', created, sixDays)).toEqual({ allowed: true });
  });

  it('sends later corrections to the deputy director', () => {
    expect(correctionVerdict('teacher', created, eightDays)).toMatchObject({
      allowed: false,
      code: 'DEADLINE_PASSED',
    });
    expect(correctionVerdict('deputy', created, eightDays)).toEqual({ allowed: true });
  });

  it('never lets anyone else correct', () => {
    expect(correctionVerdict('none', created, sixDays)).toMatchObject({
      allowed: false,
      code: 'FORBIDDEN',
    });
  });
});
