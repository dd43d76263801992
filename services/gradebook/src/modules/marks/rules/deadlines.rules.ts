import { localClock } from '@dnevnik/school-time';
/**
 * Deadlines of marks (M5), the outage transfer window (G4), corrections (M4) and the grade-1
 * rule (M3). Every day boundary is the school's local day: a teacher in Yekaterinburg who
 * enters a mark at 23:30 has entered it on the lesson day, though it is 18:30 in UTC.
 * The caller passes every instant (`enteredAt`, `now`); nothing here reads the clock.
 */

/** A calendar date 'YYYY-MM-DD'. */
export type IsoDate = string;

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function utcMidnight(date: IsoDate): number | null {
  const m = ISO_DATE.exec(date);
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  // Date.UTC rolls 2025-02-30 over to 2 March; a real date survives the round trip.
  return new Date(ms).toISOString().slice(0, 10) === date ? ms : null;
}

function mustParse(date: IsoDate, what: string): number {
  const ms = utcMidnight(date);
  if (ms === null) throw new RangeError(`${what} is not an ISO date: ${JSON.stringify(date)}`);
  return ms;
}

function mustInstant(instant: Date, what: string): number {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError(`${what} is an invalid Date`);
  return ms;
}

/** Calendar arithmetic on UTC midnights, so no 23- or 25-hour day can shift a date. */
export function addDays(date: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`Not a whole number of days: ${n}`);
  return new Date(mustParse(date, 'Date') + n * DAY_MS).toISOString().slice(0, 10);
}

/** 1 = Monday … 7 = Sunday. */
function isoWeekday(date: IsoDate): number {
  const day = new Date(mustParse(date, 'Date')).getUTCDay();
  return day === 0 ? 7 : day;
}

/** Wall-clock time of the school at `ms`, written as if it were UTC (whole seconds). */
function wallClockMs(ms: number, timeZone: string): number {
  const c = localClock(new Date(ms), timeZone);
  const [y, m, day] = c.date.split('-').map(Number);
  return Date.UTC(y!, m! - 1, day!, c.hour, c.minute, c.second);
}

/**
 * The school's calendar date at an instant. Uses the IANA database, not fixed offsets: the
 * region spans several zones and offsets have changed within the life of stored marks
 * (Yekaterinburg was UTC+6 until 26 October 2014). An unknown zone throws RangeError.
 */
export function localDate(instant: Date, timeZone: string): IsoDate {
  const ms = mustInstant(instant, 'Instant');
  return new Date(wallClockMs(ms, timeZone)).toISOString().slice(0, 10);
}

const HOUR_MS = 3_600_000;

/**
 * The first instant of a local day. Candidates are local midnight read with the offsets in
 * force a day and a half before, at, and a day and a half after: that brackets any offset
 * change on the day. The earliest candidate that falls on the day wins; when midnight itself
 * is skipped (a zone that moved its clocks forward at 00:00), that is the moment of the jump.
 */
function startOfLocalDay(date: IsoDate, timeZone: string): number {
  const wall = mustParse(date, 'Date');
  let start = Number.POSITIVE_INFINITY;
  for (const probe of [wall - 36 * HOUR_MS, wall, wall + 36 * HOUR_MS]) {
    const candidate = wall - (wallClockMs(probe, timeZone) - probe);
    if (candidate < start && localDate(new Date(candidate), timeZone) === date) start = candidate;
  }
  // Only a day a zone skipped entirely has no start (Pacific/Apia, 30 December 2011).
  if (!Number.isFinite(start))
    throw new RangeError(`Cannot find the start of ${date} in ${timeZone}`);
  return start;
}

/** The last millisecond of a local day: 23:59:59.999 in the school's zone. */
export function endOfLocalDay(date: IsoDate, timeZone: string): Date {
  return new Date(startOfLocalDay(addDays(date, 1), timeZone) - 1);
}

export type WorkKind = 'oral' | 'written';

export interface TransferWindow {
  /** First and last lesson dates of the outage, inclusive. */
  from: IsoDate;
  to: IsoDate;
  /** Local date the system came back. */
  opensOn: IsoDate;
  /** End of the transfer window (transferWindowCloses). */
  closesAt: Date;
}

export type EntryStatus = 'on_time' | 'late' | 'transferred' | 'early';

export interface EntryTiming {
  status: EntryStatus;
  /** Local date of the entry. */
  enteredOn: IsoDate;
  /** Last local day on which the mark is on time by the usual rule. */
  lastDay: IsoDate;
}

/** 001 §3.4.4, 004 §5.6: written works within a week; internal monitoring within 3 days. */
export const WRITTEN_DAYS = 7;
export const MONITORING_DAYS = 3;

/**
 * M5: when was a mark entered relative to its deadline (late entries are flagged for the
 * monitoring reports).
 *  - oral and lesson marks: on the lesson day (001 §3.4.3), local time;
 *  - written works: up to 7 days after the lesson, inclusive (a Monday's test may be entered
 *    until the next Monday); 3 days for internal monitoring (001 §3.4.4);
 *  - a mark entered before its lesson date is 'early' (000 §5.3 forbids marks for lessons
 *    that have not happened);
 *  - G4: a lesson inside an outage window, entered after the system came back and before the
 *    transfer window closed, is 'transferred' — it comes from the temporary journal, whether
 *    or not the usual deadline has passed.
 */
export function markEntryTiming(input: {
  lessonDate: IsoDate;
  workKind: WorkKind;
  enteredAt: Date;
  timeZone: string;
  transferWindow?: TransferWindow | null;
  internalMonitoring?: boolean;
}): EntryTiming {
  const { lessonDate, workKind, enteredAt, timeZone } = input;
  mustParse(lessonDate, 'Lesson date');
  const enteredOn = localDate(enteredAt, timeZone);
  const days = workKind === 'oral' ? 0 : input.internalMonitoring ? MONITORING_DAYS : WRITTEN_DAYS;
  const lastDay = addDays(lessonDate, days);
  const result = (status: EntryStatus): EntryTiming => ({ status, enteredOn, lastDay });

  if (enteredOn < lessonDate) return result('early');
  const w = input.transferWindow;
  if (w) {
    mustParse(w.from, 'Window start');
    mustParse(w.to, 'Window end');
    mustParse(w.opensOn, 'Window opening');
    if (w.to < w.from) throw new RangeError(`Transfer window ends before it starts`);
    const closes = mustInstant(w.closesAt, 'Window close');
    const inOutage = w.from <= lessonDate && lessonDate <= w.to;
    if (inOutage && enteredOn >= w.opensOn && enteredAt.getTime() <= closes) {
      return result('transferred');
    }
  }
  return result(enteredOn <= lastDay ? 'on_time' : 'late');
}

/** 002 §3.2: data from temporary journals is transferred within 2 working days. */
export const TRANSFER_WORKING_DAYS = 2;

/**
 * G4: the end of the transfer window after an outage: 23:59:59.999 local on the 2nd working day
 * after the day the system came back. The day of reopening does not count, since the system
 * may return late in the evening. Working days are Monday–Friday not listed in `holidays`
 * (public holidays and moved days off from the production calendar, as local dates).
 */
export function transferWindowCloses(
  opensAt: Date,
  timeZone: string,
  holidays: readonly IsoDate[],
): Date {
  for (const h of holidays) mustParse(h, 'Holiday');
  const off = new Set(holidays);
  let day = localDate(opensAt, timeZone);
  let counted = 0;
  while (counted < TRANSFER_WORKING_DAYS) {
    day = addDays(day, 1);
    if (isoWeekday(day) <= 5 && !off.has(day)) counted++;
  }
  return endOfLocalDay(day, timeZone);
}

/**
 * M5: period finals are entered in the last week of the period (002 §2.3, 001 §3.4.5) and no
 * later than 3 days after it ends (000 §8.4). The last week is the 7 days ending on the last
 * day of the period.
 */
export function finalDeadline(periodEnd: IsoDate): { opens: IsoDate; lastDay: IsoDate } {
  mustParse(periodEnd, 'Period end');
  return { opens: addDays(periodEnd, -6), lastDay: addDays(periodEnd, 3) };
}

export type FinalTiming = 'early' | 'on_time' | 'late';

/**
 * M5 timing of a period final in local time. M7, 004 §5.7: a final deferred for a student who
 * was ill is on time up to the deferral date (a deferral never shortens the usual deadline).
 */
export function finalTiming(
  periodEnd: IsoDate,
  enteredAt: Date,
  timeZone: string,
  options: { deferredUntil?: IsoDate | null } = {},
): FinalTiming {
  const { opens, lastDay } = finalDeadline(periodEnd);
  let last = lastDay;
  if (options.deferredUntil) {
    mustParse(options.deferredUntil, 'Deferral date');
    if (options.deferredUntil > last) last = options.deferredUntil;
  }
  const on = localDate(enteredAt, timeZone);
  if (on < opens) return 'early';
  return on <= last ? 'on_time' : 'late';
}

/** 003 §8.6: entry errors are corrected within seven days. */
export const CORRECTION_DAYS = 7;

export type CorrectionActor = 'author' | 'class_teacher' | 'other';

/**
 * M4, 003 §8.6: an entry error is corrected (as a new record pointing to the old one) by the
 * teacher who entered the mark or the class teacher, within 7 days counted as 7×24 hours from
 * the moment the mark was created, so the limit is the same in every time zone; at exactly
 * 7 days it is still allowed. Later, only with the deputy director's approval. Nobody else may
 * correct a mark, approval or not.
 */
export function correctionAllowed(input: {
  markCreatedAt: Date;
  now: Date;
  by: CorrectionActor;
  deputyApproval: boolean;
}): { allowed: boolean; reason?: string } {
  const created = mustInstant(input.markCreatedAt, 'Mark creation time');
  const now = mustInstant(input.now, 'Now');
  if (input.by === 'other') {
    return {
      allowed: false,
      reason:
        'Исправить отметку может только учитель, который её выставил, или классный руководитель.',
    };
  }
  if (now - created <= CORRECTION_DAYS * DAY_MS) return { allowed: true };
  if (input.deputyApproval) return { allowed: true };
  return {
    allowed: false,
    reason:
      'С момента выставления отметки прошло больше 7 дней: исправить её можно только с разрешения заместителя директора.',
  };
}

/**
 * M3, 000 §5.7: no marks in grade 1. Grades run 1–12 (evening schools have a 12th grade);
 * anything else is a programming error and throws.
 */
export function gradeAllowsMarks(grade: number): boolean {
  if (!Number.isInteger(grade) || grade < 1 || grade > 12) {
    throw new RangeError(`Not a school grade: ${grade}`);
  }
  return grade !== 1;
}
