import { describe, expect, it } from 'vitest';
import { decideDeletion, DOCUMENT_KINDS, retainUntil, RETENTION_YEARS } from './retention.rules.js';

describe('retainUntil', () => {
  it('counts from 1 January after the year the record closed', () => {
    expect(retainUntil('summary_sheet', '2027-06-30')).toBe('2053-01-01');
    expect(retainUntil('summary_sheet', '2027-01-01')).toBe('2053-01-01');
    expect(retainUntil('summary_sheet', '2027-12-31')).toBe('2053-01-01');
    expect(retainUntil('year_volume', '2027-06-30')).toBe('2033-01-01');
    expect(retainUntil('period_printout', '2026-10-25')).toBe('2032-01-01');
  });

  it('keeps a summary sheet 25 years and every volume sheet 5 (X2, X3)', () => {
    for (const kind of DOCUMENT_KINDS) {
      const until = retainUntil(kind, '2030-05-31');
      expect(Number(until.slice(0, 4)) - 2031).toBe(RETENTION_YEARS[kind]);
    }
    expect(RETENTION_YEARS.summary_sheet).toBe(25);
  });

  it('refuses what is not a date', () => {
    for (const bad of ['', '2027-6-30', '30.06.2027', '2027-06-30T00:00:00Z'])
      expect(() => retainUntil('summary_sheet', bad)).toThrow(RangeError);
  });
});

describe('decideDeletion (X5)', () => {
  const base = {
    retainUntil: '2053-01-01',
    isDirector: true,
    reason: 'Акт о выделении к уничтожению № 3',
  };

  it('refuses everyone before the end of retention, the director too', () => {
    for (const today of ['2027-07-01', '2052-12-31'])
      expect(decideDeletion({ ...base, today })).toEqual({
        allowed: false,
        reason: 'retention',
        retainUntil: '2053-01-01',
      });
  });

  it('after it, lets only the director delete, and only with a reason', () => {
    expect(decideDeletion({ ...base, today: '2053-01-01' })).toEqual({ allowed: true });
    expect(decideDeletion({ ...base, today: '2060-03-01' })).toEqual({ allowed: true });
    expect(decideDeletion({ ...base, today: '2060-03-01', isDirector: false })).toMatchObject({
      reason: 'not-director',
    });
    expect(decideDeletion({ ...base, today: '2060-03-01', reason: '   ' })).toMatchObject({
      reason: 'no-reason',
    });
  });

  it('names the missing role before the retention, so nobody learns dates they may not act on', () => {
    expect(decideDeletion({ ...base, today: '2030-01-01', isDirector: false })).toEqual({
      allowed: false,
      reason: 'not-director',
    });
  });
});
