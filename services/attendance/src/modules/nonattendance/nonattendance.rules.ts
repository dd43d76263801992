import { addDays, parseIsoDate, type IsoDate } from '@dnevnik/school-time';

/**
 * P3, P4: systematic non-attendance (систематические пропуски без уважительной причины). A
 * student whose unexcused absences within a sliding window reach the school's threshold is
 * reported once for that window.
 */

export interface NonattendanceSettings {
  /** Unexcused lessons missed that make it systematic. */
  threshold: number;
  /** Length of the sliding window, in calendar days. */
  windowDays: number;
}

export const DEFAULT_NONATTENDANCE: NonattendanceSettings = { threshold: 5, windowDays: 14 };

export type SettingsCheck = { ok: true } | { ok: false; message: string; field: string };

export function checkSettings(s: NonattendanceSettings): SettingsCheck {
  if (!Number.isInteger(s.threshold) || s.threshold < 1 || s.threshold > 100)
    return { ok: false, field: 'threshold', message: 'Порог пропусков: от 1 до 100 уроков.' };
  if (!Number.isInteger(s.windowDays) || s.windowDays < 1 || s.windowDays > 120)
    return { ok: false, field: 'windowDays', message: 'Окно подсчёта: от 1 до 120 дней.' };
  return { ok: true };
}

export interface Detection {
  windowFrom: IsoDate;
  windowTo: IsoDate;
  /** Unexcused absences counted in the window. */
  count: number;
}

/**
 * The first window in which the student's unexcused absences reach the threshold, or null.
 * `absenceDates` are the lesson dates of the current unexcused absences, one per lesson missed
 * (a date repeats for several lessons that day). The window is `windowDays` calendar days
 * ending on the day of the absence that reached the threshold.
 *
 * Exactly once per window: absences up to the end of the previous detection's window are spent,
 * so the next detection needs the threshold again from absences after it — the window has moved
 * past the previous detection. Order of the input does not matter.
 */
export function detectNonattendance(input: {
  absenceDates: readonly IsoDate[];
  settings: NonattendanceSettings;
  previousWindowTo: IsoDate | null;
}): Detection | null {
  const { threshold, windowDays } = input.settings;
  const check = checkSettings(input.settings);
  if (!check.ok) throw new RangeError(check.message);
  for (const d of input.absenceDates) parseIsoDate(d, 'Absence date');
  const spentUntil = input.previousWindowTo;
  const dates = input.absenceDates.filter((d) => spentUntil === null || d > spentUntil).sort();
  let first = 0;
  for (let last = 0; last < dates.length; last++) {
    const windowTo = dates[last]!;
    const windowFrom = addDays(windowTo, -(windowDays - 1));
    while (dates[first]! < windowFrom) first++;
    const count = last - first + 1;
    if (count >= threshold) return { windowFrom, windowTo, count };
  }
  return null;
}
