import { describe, expect, it } from 'vitest';
import {
  checkSettings,
  DEFAULT_NONATTENDANCE,
  detectNonattendance,
  type NonattendanceSettings,
} from './nonattendance.rules.js';

const detect = (
  absenceDates: string[],
  previousWindowTo: string | null = null,
  settings: NonattendanceSettings = DEFAULT_NONATTENDANCE,
) => detectNonattendance({ absenceDates, settings, previousWindowTo });

describe('detectNonattendance (P3, P4)', () => {
  it('defaults to 5 lessons within 14 days', () => {
    expect(DEFAULT_NONATTENDANCE).toEqual({ threshold: 5, windowDays: 14 });
  });

  it('stays quiet below the threshold', () => {
    expect(detect(['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26'])).toBeNull();
  });

  it('fires on the absence that reaches the threshold, with the window ending that day', () => {
    expect(detect(['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27'])).toEqual({
      windowFrom: '2026-11-14',
      windowTo: '2026-11-27',
      count: 5,
    });
  });

  it('counts each lesson missed, several on one day', () => {
    expect(
      detect(['2026-11-23', '2026-11-23', '2026-11-23', '2026-11-24', '2026-11-24']),
    ).toMatchObject({ windowTo: '2026-11-24', count: 5 });
  });

  it('slides: absences further apart than the window do not add up', () => {
    // 14 days: the 1st and the 15th are never in one window.
    const spread = ['2026-11-01', '2026-11-05', '2026-11-09', '2026-11-13', '2026-11-17'];
    expect(detect(spread)).toBeNull();
    expect(detect([...spread, '2026-11-16'])).toEqual({
      windowFrom: '2026-11-04',
      windowTo: '2026-11-17',
      count: 5,
    });
  });

  it('does not depend on the order the reasons were set in', () => {
    const dates = ['2026-11-27', '2026-11-23', '2026-11-26', '2026-11-24', '2026-11-25'];
    expect(detect(dates)).toMatchObject({ windowTo: '2026-11-27', count: 5 });
  });

  it('fires once per window: absences up to the previous detection are spent', () => {
    const first = ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27'];
    expect(detect([...first, '2026-11-30'], '2026-11-27')).toBeNull();
    const more = ['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03'];
    expect(detect([...first, ...more], '2026-11-27')).toBeNull();
    expect(detect([...first, ...more, '2026-12-04'], '2026-11-27')).toEqual({
      windowFrom: '2026-11-21',
      windowTo: '2026-12-04',
      count: 5,
    });
  });

  it('follows the school’s settings', () => {
    const settings = { threshold: 3, windowDays: 7 };
    expect(detect(['2026-11-23', '2026-11-26', '2026-11-30'], null, settings)).toBeNull();
    expect(detect(['2026-11-23', '2026-11-26', '2026-11-29'], null, settings)).toEqual({
      windowFrom: '2026-11-23',
      windowTo: '2026-11-29',
      count: 3,
    });
  });

  it('throws on bad dates or settings', () => {
    expect(() => detect(['23.11.2026'])).toThrow(RangeError);
    expect(() => detect([], null, { threshold: 0, windowDays: 14 })).toThrow(RangeError);
  });
});

describe('checkSettings', () => {
  it('takes whole numbers within limits', () => {
    expect(checkSettings({ threshold: 5, windowDays: 14 })).toEqual({ ok: true });
    expect(checkSettings({ threshold: 0, windowDays: 14 })).toMatchObject({ field: 'threshold' });
    expect(checkSettings({ threshold: 2.5, windowDays: 14 })).toMatchObject({ field: 'threshold' });
    expect(checkSettings({ threshold: 5, windowDays: 121 })).toMatchObject({ field: 'windowDays' });
  });
});
