import {
  formatRuDate,
  isIsoDate,
  isoWeekday,
  localClock,
  type IsoDate,
} from '@dnevnik/school-time';

/** Dates are ISO calendar dates (YYYY-MM-DD) in the school's own time zone. */
export type { IsoDate };

export type PeriodKind = 'quarter' | 'trimester' | 'half_year' | 'module' | 'holiday';

export interface PeriodSpan {
  kind: PeriodKind;
  startsOn: IsoDate;
  /** Inclusive. */
  endsOn: IsoDate;
}

/** One line of the weekly timetable, valid from a date until (exclusive) another. */
export interface TimetableSlot {
  id: string;
  assignmentId: string;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  lessonNumber: number;
  room: string | null;
  validFrom: IsoDate;
  /** Exclusive; null = until the end of the year. */
  validTo: IsoDate | null;
}

export interface GeneratedLesson {
  assignmentId: string;
  date: IsoDate;
  lessonNumber: number;
  room: string | null;
  timetableSlotId: string;
}

export const PERIOD_LABEL: Record<PeriodKind, string> = {
  quarter: 'Четверть',
  trimester: 'Триместр',
  half_year: 'Полугодие',
  module: 'Модуль',
  holiday: 'Каникулы',
};

/** Plural names, for the message that lists the systems mixed in one year. */
const PERIOD_PLURAL: Record<PeriodKind, string> = {
  quarter: 'четверти',
  trimester: 'триместры',
  half_year: 'полугодия',
  module: 'модули',
  holiday: 'каникулы',
};

export function isStudyPeriod(period: PeriodSpan): boolean {
  return period.kind !== 'holiday';
}

function spanLabel(p: PeriodSpan): string {
  return `${PERIOD_LABEL[p.kind]} ${formatRuDate(p.startsOn)}–${formatRuDate(p.endsOn)}`;
}

/**
 * Checks the structure of an academic year (S1). Study periods may not overlap, since every day
 * must belong to one period for period marks; holidays may overlap study periods, because a
 * director's order (quarantine, moved holidays) can put a break in the middle of a quarter.
 * A school uses one system per year, otherwise period marks of one year would not be comparable.
 * ISO dates compare correctly as strings, so no parsing is needed once they are known to be valid.
 */
export function validatePeriods(
  yearStart: IsoDate,
  yearEnd: IsoDate,
  periods: PeriodSpan[],
): string[] {
  const problems: string[] = [];
  if (!isIsoDate(yearStart)) problems.push(`Неверная дата начала учебного года «${yearStart}».`);
  if (!isIsoDate(yearEnd)) problems.push(`Неверная дата окончания учебного года «${yearEnd}».`);
  if (problems.length > 0) return problems;
  const yearValid = yearEnd >= yearStart;
  if (!yearValid) {
    problems.push(
      `Дата окончания учебного года ${formatRuDate(yearEnd)} раньше даты начала ${formatRuDate(yearStart)}.`,
    );
  }

  const wellFormed: PeriodSpan[] = [];
  for (const p of periods) {
    const bad = [p.startsOn, p.endsOn].filter((d) => !isIsoDate(d));
    if (bad.length > 0) {
      for (const d of bad) problems.push(`${PERIOD_LABEL[p.kind]}: неверная дата «${d}».`);
      continue;
    }
    if (p.endsOn < p.startsOn) {
      problems.push(`${spanLabel(p)}: дата окончания раньше даты начала.`);
      continue;
    }
    wellFormed.push(p);
    if (yearValid && (p.startsOn < yearStart || p.endsOn > yearEnd)) {
      problems.push(
        `${spanLabel(p)}: даты выходят за пределы учебного года ${formatRuDate(yearStart)}–${formatRuDate(yearEnd)}.`,
      );
    }
  }

  const study = wellFormed
    .filter(isStudyPeriod)
    .sort((a, b) => (a.startsOn < b.startsOn ? -1 : a.startsOn > b.startsOn ? 1 : 0));
  for (let i = 0; i < study.length; i++) {
    for (let j = i + 1; j < study.length; j++) {
      const a = study[i]!;
      const b = study[j]!;
      // Sorted by start: once b starts after a ends, no later period can overlap a either.
      if (b.startsOn > a.endsOn) break;
      problems.push(`${spanLabel(a)} и ${spanLabel(b).toLowerCase()} пересекаются.`);
    }
  }

  const kinds = [...new Set(periods.filter(isStudyPeriod).map((p) => p.kind))];
  if (kinds.length > 1) {
    problems.push(
      `В учебном году используется одна система периодов, а указаны: ${kinds.map((k) => PERIOD_PLURAL[k]).join(', ')}.`,
    );
  }
  return problems;
}

function covers(p: PeriodSpan, date: IsoDate): boolean {
  return p.startsOn <= date && date <= p.endsOn;
}

/**
 * A day is a school day when it is a working weekday of the school (five- or six-day week), lies
 * in a study period and is not in any holiday. Public holidays and moved days off come in as
 * holiday periods, so this function needs no production calendar of its own.
 */
export function isSchoolDay(
  date: IsoDate,
  periods: PeriodSpan[],
  opts: { workingWeekdays: number[] },
): boolean {
  if (!opts.workingWeekdays.includes(isoWeekday(date))) return false;
  let inStudy = false;
  for (const p of periods) {
    if (!covers(p, date)) continue;
    if (!isStudyPeriod(p)) return false;
    inStudy = true;
  }
  return inStudy;
}

export { localClock, type LocalClock } from '@dnevnik/school-time';

/** The school's local date and 'HH:MM' at an instant (see localClock). */
export function localDateTime(instant: Date, timeZone: string): { date: IsoDate; time: string } {
  const c = localClock(instant, timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return { date: c.date, time: `${pad(c.hour)}:${pad(c.minute)}` };
}

// Date arithmetic lives in school-time; the calendar's users get it from here with the rules.
export { addDays, eachDay, formatRuDate, isIsoDate, isoWeekday } from '@dnevnik/school-time';
