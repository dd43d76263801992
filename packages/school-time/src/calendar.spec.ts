import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  endOfLocalDay,
  isoWeekday,
  localDate,
  mondayOf,
  parseIsoDate,
} from './calendar.js';

// Asia/Yekaterinburg is UTC+5 (no DST since 2014): 23:30 local is 18:30 UTC, and local
// midnight is 19:00 UTC of the day before.
const EKB = 'Asia/Yekaterinburg';
const at = (iso: string): Date => new Date(iso);

describe('calendar arithmetic', () => {
  it('adds days across months, years and leap days', () => {
    expect(addDays('2025-10-31', 1)).toBe('2025-11-01');
    expect(addDays('2025-12-30', 3)).toBe('2026-01-02');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('counts days between dates, either way', () => {
    expect(daysBetween('2026-11-23', '2026-12-07')).toBe(14);
    expect(daysBetween('2026-12-07', '2026-11-23')).toBe(-14);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
  });

  it('finds the weekday and the Monday of the week', () => {
    expect(isoWeekday('2026-11-23')).toBe(1);
    expect(isoWeekday('2026-11-29')).toBe(7);
    expect(mondayOf('2026-11-29')).toBe('2026-11-23');
    expect(mondayOf('2026-11-23')).toBe('2026-11-23');
    expect(mondayOf('2027-01-01')).toBe('2026-12-28');
  });

  it('throws on a non-date or a fractional count', () => {
    expect(() => addDays('2025-02-30', 1)).toThrow(RangeError);
    expect(() => parseIsoDate('14.10.2025')).toThrow(RangeError);
    expect(() => addDays('2025-10-14', 0.5)).toThrow(RangeError);
  });
});

describe('localDate', () => {
  it('is the school day, not the UTC day', () => {
    expect(localDate(at('2025-10-14T18:59:59.999Z'), EKB)).toBe('2025-10-14');
    expect(localDate(at('2025-10-14T19:00:00Z'), EKB)).toBe('2025-10-15');
    expect(localDate(at('2025-10-14T14:30:00Z'), 'Asia/Vladivostok')).toBe('2025-10-15');
  });

  it('uses the historical offset: Yekaterinburg was UTC+6 until October 2014', () => {
    expect(localDate(at('2014-01-15T18:30:00Z'), EKB)).toBe('2014-01-16');
    expect(localDate(at('2015-01-15T18:30:00Z'), EKB)).toBe('2015-01-15');
  });

  it('throws on an unknown zone or an invalid instant', () => {
    expect(() => localDate(at('2025-10-14T10:00:00Z'), 'Mars/Olympus')).toThrow(RangeError);
    expect(() => localDate(new Date(Number.NaN), EKB)).toThrow(RangeError);
  });
});

describe('endOfLocalDay', () => {
  it('is 23:59:59.999 in the school zone', () => {
    expect(endOfLocalDay('2025-10-20', EKB).toISOString()).toBe('2025-10-20T18:59:59.999Z');
    expect(endOfLocalDay('2014-10-22', EKB).toISOString()).toBe('2014-10-22T17:59:59.999Z');
  });

  it('handles a zone that sprang forward at midnight', () => {
    // São Paulo: the 4th of November 2018 began at 01:00 local (03:00 UTC).
    expect(endOfLocalDay('2018-11-03', 'America/Sao_Paulo').toISOString()).toBe(
      '2018-11-04T02:59:59.999Z',
    );
  });

  it('throws for a day the zone skipped', () => {
    expect(() => endOfLocalDay('2011-12-29', 'Pacific/Apia')).toThrow(RangeError);
  });
});
