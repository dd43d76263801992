import { afterEach, describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  eachDay,
  endOfMonth,
  formatRuDate,
  isIsoDate,
  isoWeekday,
} from './calendar.js';

// The date arithmetic of every service (curriculum's calendar, gradebook's and attendance's
// deadlines, the gateway's cost of a date range): one implementation, tested here.

describe('isIsoDate', () => {
  it('accepts real dates, including 29 February of a leap year', () => {
    expect(isIsoDate('2025-09-01')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
  });

  it('rejects impossible dates and other formats', () => {
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2100-02-29')).toBe(false);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('2025-04-31')).toBe(false);
    expect(isIsoDate('2025-9-1')).toBe(false);
    expect(isIsoDate('01.09.2025')).toBe(false);
    expect(isIsoDate('2025-09-01T00:00:00Z')).toBe(false);
    expect(isIsoDate('')).toBe(false);
  });
});

describe('addDays', () => {
  it('moves within and across months and years', () => {
    expect(addDays('2025-09-01', 0)).toBe('2025-09-01');
    expect(addDays('2025-09-01', 6)).toBe('2025-09-07');
    expect(addDays('2025-09-30', 1)).toBe('2025-10-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('2025-09-01', 365)).toBe('2026-09-01');
  });

  it('knows leap years, including the century rules', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-29', 1)).toBe('2024-03-01');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
    expect(addDays('2000-02-28', 1)).toBe('2000-02-29');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2024-01-01', 366)).toBe('2025-01-01');
  });

  it('throws on a date that does not exist or a fractional day count', () => {
    expect(() => addDays('2025-02-30', 1)).toThrow(RangeError);
    expect(() => addDays('garbage', 1)).toThrow(RangeError);
    expect(() => addDays('2025-09-01', 0.5)).toThrow(RangeError);
  });

  describe('whatever the server time zone', () => {
    const saved = process.env.TZ;
    afterEach(() => {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    });

    it('is not shifted by DST changes or a positive offset', () => {
      // Berlin springs forward on 2026-03-29 and falls back on 2026-10-25: those days are 23 and
      // 25 hours long in local time, which breaks arithmetic on local midnights.
      process.env.TZ = 'Europe/Berlin';
      expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
      expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
      expect(addDays('2026-10-25', 1)).toBe('2026-10-26');
      expect(eachDay('2026-03-28', '2026-03-30')).toEqual([
        '2026-03-28',
        '2026-03-29',
        '2026-03-30',
      ]);
      process.env.TZ = 'Asia/Yekaterinburg';
      expect(addDays('2025-09-01', 1)).toBe('2025-09-02');
      expect(isoWeekday('2025-09-01')).toBe(1);
      process.env.TZ = 'America/Los_Angeles';
      expect(addDays('2025-09-01', 1)).toBe('2025-09-02');
      expect(isoWeekday('2025-09-01')).toBe(1);
    });
  });
});

describe('isoWeekday', () => {
  it('numbers Monday 1 … Sunday 7', () => {
    expect(isoWeekday('2025-09-01')).toBe(1);
    expect(isoWeekday('2025-09-02')).toBe(2);
    expect(isoWeekday('2025-09-06')).toBe(6);
    expect(isoWeekday('2025-09-07')).toBe(7);
    expect(isoWeekday('2025-09-08')).toBe(1);
  });

  it('is right on 29 February', () => {
    expect(isoWeekday('2024-02-29')).toBe(4);
    expect(isoWeekday('2028-02-29')).toBe(2);
  });

  it('throws on a date that does not exist', () => {
    expect(() => isoWeekday('2023-02-29')).toThrow(RangeError);
  });
});

describe('eachDay', () => {
  it('includes both ends', () => {
    expect(eachDay('2025-09-01', '2025-09-03')).toEqual(['2025-09-01', '2025-09-02', '2025-09-03']);
  });

  it('gives one day when the ends are equal and none when they are reversed', () => {
    expect(eachDay('2025-09-01', '2025-09-01')).toEqual(['2025-09-01']);
    expect(eachDay('2025-09-02', '2025-09-01')).toEqual([]);
  });

  it('counts 29 days in February of a leap year and 28 otherwise', () => {
    const leap = eachDay('2024-02-01', '2024-02-29');
    expect(leap).toHaveLength(29);
    expect(leap.at(-1)).toBe('2024-02-29');
    expect(eachDay('2023-02-01', '2023-03-01')).toHaveLength(29);
    expect(eachDay('2023-02-01', '2023-03-01')).not.toContain('2023-02-29');
  });

  it('spans a whole school year', () => {
    const days = eachDay('2025-09-01', '2026-08-31');
    expect(days).toHaveLength(365);
    expect(new Set(days).size).toBe(365);
  });
});

describe('formatRuDate', () => {
  it('writes day.month.year', () => {
    expect(formatRuDate('2025-09-01')).toBe('01.09.2025');
  });
});

describe('endOfMonth', () => {
  it('gives the last day of months of 28, 29, 30 and 31 days, and of December', () => {
    expect(endOfMonth('2023-02-01')).toBe('2023-02-28');
    expect(endOfMonth('2024-02-10')).toBe('2024-02-29');
    expect(endOfMonth('2026-11-30')).toBe('2026-11-30');
    expect(endOfMonth('2026-10-05')).toBe('2026-10-31');
    expect(endOfMonth('2026-12-31')).toBe('2026-12-31');
  });

  it('refuses a date that does not exist', () => {
    expect(() => endOfMonth('2026-02-30')).toThrow(RangeError);
  });
});

describe('daysBetween', () => {
  it('counts whole days either way, across a leap day and a year end', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2026-09-10', '2026-09-01')).toBe(-9);
  });
});
