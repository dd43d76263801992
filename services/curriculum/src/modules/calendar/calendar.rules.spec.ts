import { describe, expect, it } from 'vitest';
import { isSchoolDay, localClock, localDateTime, validatePeriods } from './calendar.rules.js';
import type { PeriodSpan } from './calendar.rules.js';

const FIVE_DAYS = [1, 2, 3, 4, 5];
const SIX_DAYS = [1, 2, 3, 4, 5, 6];

const q = (startsOn: string, endsOn: string): PeriodSpan => ({ kind: 'quarter', startsOn, endsOn });
const hol = (startsOn: string, endsOn: string): PeriodSpan => ({
  kind: 'holiday',
  startsOn,
  endsOn,
});

const QUARTERS: PeriodSpan[] = [
  q('2025-09-01', '2025-10-24'),
  hol('2025-10-25', '2025-11-03'),
  q('2025-11-05', '2025-12-26'),
  hol('2025-12-27', '2026-01-11'),
  q('2026-01-12', '2026-03-20'),
  hol('2026-03-21', '2026-03-29'),
  q('2026-03-30', '2026-05-26'),
];

describe('validatePeriods', () => {
  it('accepts a well-formed year of quarters and holidays', () => {
    expect(validatePeriods('2025-09-01', '2026-05-31', QUARTERS)).toEqual([]);
  });

  it('accepts a holiday in the middle of a quarter and holidays that overlap each other', () => {
    expect(
      validatePeriods('2025-09-01', '2026-05-31', [
        q('2025-09-01', '2025-10-24'),
        hol('2025-10-06', '2025-10-08'),
        hol('2025-10-07', '2025-10-10'),
      ]),
    ).toEqual([]);
  });

  it('accepts periods that touch the first and last day of the year and a one-day period', () => {
    expect(
      validatePeriods('2025-09-01', '2026-05-31', [
        { kind: 'half_year', startsOn: '2025-09-01', endsOn: '2025-12-31' },
        { kind: 'half_year', startsOn: '2026-01-01', endsOn: '2026-05-31' },
        hol('2026-05-31', '2026-05-31'),
      ]),
    ).toEqual([]);
  });

  it('accepts an empty list (periods are added after the year is created)', () => {
    expect(validatePeriods('2025-09-01', '2026-05-31', [])).toEqual([]);
  });

  it('reports overlapping study periods, naming both', () => {
    expect(
      validatePeriods('2025-09-01', '2026-05-31', [
        q('2025-11-01', '2025-12-26'),
        q('2025-09-01', '2025-11-01'),
      ]),
    ).toEqual(['Четверть 01.09.2025–01.11.2025 и четверть 01.11.2025–26.12.2025 пересекаются.']);
  });

  it('reports every overlapping pair, including a period inside another', () => {
    const problems = validatePeriods('2025-09-01', '2026-05-31', [
      q('2025-09-01', '2025-12-31'),
      q('2025-10-01', '2025-10-31'),
      q('2025-12-01', '2026-03-01'),
      q('2026-03-02', '2026-05-31'),
    ]);
    expect(problems).toEqual([
      'Четверть 01.09.2025–31.12.2025 и четверть 01.10.2025–31.10.2025 пересекаются.',
      'Четверть 01.09.2025–31.12.2025 и четверть 01.12.2025–01.03.2026 пересекаются.',
    ]);
  });

  it('reports a study period that ends before it starts, and skips its other checks', () => {
    expect(
      validatePeriods('2025-09-01', '2026-05-31', [
        { kind: 'trimester', startsOn: '2025-11-30', endsOn: '2025-09-01' },
        { kind: 'trimester', startsOn: '2025-09-01', endsOn: '2025-11-29' },
      ]),
    ).toEqual(['Триместр 30.11.2025–01.09.2025: дата окончания раньше даты начала.']);
  });

  it('reports a holiday that ends before it starts', () => {
    expect(validatePeriods('2025-09-01', '2026-05-31', [hol('2025-11-03', '2025-10-25')])).toEqual([
      'Каникулы 03.11.2025–25.10.2025: дата окончания раньше даты начала.',
    ]);
  });

  it('reports study periods and holidays outside the year', () => {
    expect(
      validatePeriods('2025-09-01', '2026-05-31', [
        q('2025-08-25', '2025-10-24'),
        q('2026-03-30', '2026-06-05'),
        hol('2026-06-01', '2026-08-31'),
      ]),
    ).toEqual([
      'Четверть 25.08.2025–24.10.2025: даты выходят за пределы учебного года 01.09.2025–31.05.2026.',
      'Четверть 30.03.2026–05.06.2026: даты выходят за пределы учебного года 01.09.2025–31.05.2026.',
      'Каникулы 01.06.2026–31.08.2026: даты выходят за пределы учебного года 01.09.2025–31.05.2026.',
    ]);
  });

  it('does not count a holiday overlapping a study period as an overlap', () => {
    expect(
      validatePeriods('2025-09-01', '2026-05-31', [
        q('2025-09-01', '2025-10-24'),
        hol('2025-10-20', '2025-11-03'),
      ]),
    ).toEqual([]);
  });

  it('reports a year that mixes systems, listing them once each', () => {
    expect(
      validatePeriods('2025-09-01', '2026-05-31', [
        q('2025-09-01', '2025-10-24'),
        q('2025-11-05', '2025-12-26'),
        { kind: 'trimester', startsOn: '2026-01-12', endsOn: '2026-03-20' },
        { kind: 'module', startsOn: '2026-03-30', endsOn: '2026-05-26' },
        hol('2025-10-25', '2025-11-03'),
      ]),
    ).toEqual([
      'В учебном году используется одна система периодов, а указаны: четверти, триместры, модули.',
    ]);
  });

  it('reports a year that ends before it starts', () => {
    expect(validatePeriods('2026-05-31', '2025-09-01', [])).toEqual([
      'Дата окончания учебного года 01.09.2025 раньше даты начала 31.05.2026.',
    ]);
  });

  it('reports invalid dates instead of comparing them', () => {
    expect(validatePeriods('2025-02-30', '2026-05-31', QUARTERS)).toEqual([
      'Неверная дата начала учебного года «2025-02-30».',
    ]);
    expect(validatePeriods('2025-09-01', '31.05.2026', QUARTERS)).toEqual([
      'Неверная дата окончания учебного года «31.05.2026».',
    ]);
    expect(
      validatePeriods('2025-09-01', '2026-05-31', [
        q('2025-09-01', '2025-10-24'),
        { kind: 'quarter', startsOn: '2025-10-20', endsOn: '2025-11-31' },
      ]),
    ).toEqual(['Четверть: неверная дата «2025-11-31».']);
  });

  it('accepts 29 February of a leap year as a period boundary', () => {
    expect(
      validatePeriods('2023-09-01', '2024-05-31', [
        { kind: 'half_year', startsOn: '2023-09-01', endsOn: '2024-02-29' },
        { kind: 'half_year', startsOn: '2024-03-01', endsOn: '2024-05-31' },
      ]),
    ).toEqual([]);
  });
});

describe('isSchoolDay', () => {
  const year: PeriodSpan[] = [q('2025-09-01', '2025-10-24'), hol('2025-10-06', '2025-10-08')];

  it('is true on a working weekday inside a study period', () => {
    expect(isSchoolDay('2025-09-01', year, { workingWeekdays: FIVE_DAYS })).toBe(true);
    expect(isSchoolDay('2025-10-24', year, { workingWeekdays: FIVE_DAYS })).toBe(true);
  });

  it('is false on a day off of the school week', () => {
    expect(isSchoolDay('2025-09-06', year, { workingWeekdays: FIVE_DAYS })).toBe(false);
    expect(isSchoolDay('2025-09-06', year, { workingWeekdays: SIX_DAYS })).toBe(true);
    expect(isSchoolDay('2025-09-07', year, { workingWeekdays: SIX_DAYS })).toBe(false);
  });

  it('is false in a holiday in the middle of a quarter, on both of its ends', () => {
    expect(isSchoolDay('2025-10-03', year, { workingWeekdays: FIVE_DAYS })).toBe(true);
    expect(isSchoolDay('2025-10-06', year, { workingWeekdays: FIVE_DAYS })).toBe(false);
    expect(isSchoolDay('2025-10-07', year, { workingWeekdays: FIVE_DAYS })).toBe(false);
    expect(isSchoolDay('2025-10-08', year, { workingWeekdays: FIVE_DAYS })).toBe(false);
    expect(isSchoolDay('2025-10-09', year, { workingWeekdays: FIVE_DAYS })).toBe(true);
  });

  it('is false whatever order the holiday and the quarter come in', () => {
    expect(isSchoolDay('2025-10-07', [...year].reverse(), { workingWeekdays: FIVE_DAYS })).toBe(
      false,
    );
  });

  it('is false outside every study period and when there are no periods', () => {
    expect(isSchoolDay('2025-08-29', year, { workingWeekdays: FIVE_DAYS })).toBe(false);
    expect(isSchoolDay('2025-10-27', year, { workingWeekdays: FIVE_DAYS })).toBe(false);
    expect(isSchoolDay('2025-09-01', [], { workingWeekdays: FIVE_DAYS })).toBe(false);
  });

  it('is false when there is only a holiday covering the day', () => {
    expect(
      isSchoolDay('2025-10-07', [hol('2025-10-06', '2025-10-08')], { workingWeekdays: FIVE_DAYS }),
    ).toBe(false);
  });

  it('is false on every day when no weekday is working', () => {
    expect(isSchoolDay('2025-09-01', year, { workingWeekdays: [] })).toBe(false);
  });
});

describe('localDateTime', () => {
  it('reads the wall clock of Yekaterinburg (UTC+5) around 20:00', () => {
    expect(localDateTime(new Date('2026-03-10T14:59:00Z'), 'Asia/Yekaterinburg')).toEqual({
      date: '2026-03-10',
      time: '19:59',
    });
    expect(localDateTime(new Date('2026-03-10T15:00:00Z'), 'Asia/Yekaterinburg')).toEqual({
      date: '2026-03-10',
      time: '20:00',
    });
    expect(localDateTime(new Date('2026-03-10T15:01:00Z'), 'Asia/Yekaterinburg')).toEqual({
      date: '2026-03-10',
      time: '20:01',
    });
  });

  it('gives different clocks for the same instant in different zones of the region', () => {
    const instant = new Date('2026-03-10T15:00:00Z');
    expect(localDateTime(instant, 'Europe/Moscow')).toEqual({ date: '2026-03-10', time: '18:00' });
    expect(localDateTime(instant, 'Asia/Novosibirsk')).toEqual({
      date: '2026-03-10',
      time: '22:00',
    });
    expect(localDateTime(instant, 'UTC')).toEqual({ date: '2026-03-10', time: '15:00' });
  });

  it('moves to the next local date before UTC does', () => {
    expect(localDateTime(new Date('2026-03-10T19:30:00Z'), 'Asia/Novosibirsk')).toEqual({
      date: '2026-03-11',
      time: '02:30',
    });
  });

  it('writes local midnight as 00:00 of the new day, not 24:00', () => {
    expect(localDateTime(new Date('2026-03-10T19:00:00Z'), 'Asia/Yekaterinburg')).toEqual({
      date: '2026-03-11',
      time: '00:00',
    });
  });

  it('uses the zone rules in force at the instant (Yekaterinburg was UTC+6 before 26.10.2014)', () => {
    expect(localDateTime(new Date('2014-01-15T14:00:00Z'), 'Asia/Yekaterinburg')).toEqual({
      date: '2014-01-15',
      time: '20:00',
    });
    expect(localDateTime(new Date('2015-01-15T14:00:00Z'), 'Asia/Yekaterinburg')).toEqual({
      date: '2015-01-15',
      time: '19:00',
    });
  });

  it('knows 29 February locally even when UTC is still on the 28th', () => {
    expect(localDateTime(new Date('2024-02-28T20:00:00Z'), 'Asia/Yekaterinburg')).toEqual({
      date: '2024-02-29',
      time: '01:00',
    });
  });

  it('throws on an unknown time zone', () => {
    expect(() => localDateTime(new Date('2026-03-10T15:00:00Z'), 'Asia/Nowhere')).toThrow(
      RangeError,
    );
  });
});

describe('localClock', () => {
  it('keeps the seconds', () => {
    expect(localClock(new Date('2026-03-10T15:00:01Z'), 'Asia/Yekaterinburg')).toEqual({
      date: '2026-03-10',
      hour: 20,
      minute: 0,
      second: 1,
    });
  });
});
