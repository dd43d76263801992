import { localClock } from './local-clock.js';

/**
 * Calendar arithmetic in a school's time zone, shared by every service that keeps a deadline
 * (marks, attendance). Every day boundary is the school's local day: a teacher in
 * Yekaterinburg who enters a record at 23:30 has entered it on the lesson day, though it is
 * 18:30 in UTC. The caller passes every instant; nothing here reads the clock.
 */

/** A calendar date 'YYYY-MM-DD'. */
export type IsoDate = string;

export const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function utcMidnight(date: IsoDate): number | null {
  const m = ISO_DATE.exec(date);
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  // Date.UTC rolls 2025-02-30 over to 2 March; a real date survives the round trip.
  return new Date(ms).toISOString().slice(0, 10) === date ? ms : null;
}

/** True for a real calendar date written as YYYY-MM-DD (2024-02-29 yes, 2023-02-29 no). */
export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && utcMidnight(value) !== null;
}

/** Milliseconds of the date's UTC midnight; RangeError naming `what` if it is no real date. */
export function parseIsoDate(date: IsoDate, what = 'Date'): number {
  const ms = utcMidnight(date);
  if (ms === null) throw new RangeError(`${what} is not an ISO date: ${JSON.stringify(date)}`);
  return ms;
}

/** Milliseconds of an instant; RangeError naming `what` if it is an invalid Date. */
export function instantMs(instant: Date, what = 'Instant'): number {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError(`${what} is an invalid Date`);
  return ms;
}

/** Calendar arithmetic on UTC midnights, so no 23- or 25-hour day can shift a date. */
export function addDays(date: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`Not a whole number of days: ${n}`);
  return new Date(parseIsoDate(date) + n * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((parseIsoDate(to) - parseIsoDate(from)) / DAY_MS);
}

/** 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: IsoDate): number {
  const day = new Date(parseIsoDate(date)).getUTCDay();
  return day === 0 ? 7 : day;
}

/** Every date from `from` to `to`, both included; empty when `to` is before `from`. */
export function eachDay(from: IsoDate, to: IsoDate): IsoDate[] {
  const end = parseIsoDate(to);
  const days: IsoDate[] = [];
  for (let ms = parseIsoDate(from); ms <= end; ms += DAY_MS)
    days.push(new Date(ms).toISOString().slice(0, 10));
  return days;
}

/** 2025-09-01 → 01.09.2025, the way dates are written in Russian documents. */
export function formatRuDate(date: IsoDate): string {
  const m = ISO_DATE.exec(date);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : date;
}

/** The last day of the date's month: 2024-02-10 → 2024-02-29. */
export function endOfMonth(date: IsoDate): IsoDate {
  const d = new Date(parseIsoDate(date));
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).toISOString().slice(0, 10);
}

/** The Monday of the date's week: school weeks run Monday to Sunday. */
export function mondayOf(date: IsoDate): IsoDate {
  return addDays(date, 1 - isoWeekday(date));
}

/** Wall-clock time of the school at `ms`, written as if it were UTC (whole seconds). */
function wallClockMs(ms: number, timeZone: string): number {
  const c = localClock(new Date(ms), timeZone);
  const [y, m, day] = c.date.split('-').map(Number);
  return Date.UTC(y!, m! - 1, day!, c.hour, c.minute, c.second);
}

/**
 * The school's calendar date at an instant. Uses the IANA database, not fixed offsets: the
 * region spans several zones and offsets have changed within the life of stored records
 * (Yekaterinburg was UTC+6 until 26 October 2014). An unknown zone throws RangeError.
 */
export function localDate(instant: Date, timeZone: string): IsoDate {
  const ms = instantMs(instant);
  return new Date(wallClockMs(ms, timeZone)).toISOString().slice(0, 10);
}

/**
 * The first instant of a local day. Candidates are local midnight read with the offsets in
 * force a day and a half before, at, and a day and a half after: that brackets any offset
 * change on the day. The earliest candidate that falls on the day wins; when midnight itself
 * is skipped (a zone that moved its clocks forward at 00:00), that is the moment of the jump.
 */
function startOfLocalDay(date: IsoDate, timeZone: string): number {
  const wall = parseIsoDate(date);
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
