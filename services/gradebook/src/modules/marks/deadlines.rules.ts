import {
  addDays,
  CORRECTION_DAYS,
  endOfLocalDay,
  isoWeekday,
  localDate,
  parseIsoDate,
  recordEntryTiming,
  withinCorrectionWindow,
  type EntryStatus,
  type EntryTiming,
  type IsoDate,
  type TransferWindowSpan,
} from '@dnevnik/school-time';

/**
 * Deadlines of marks (M5), the outage transfer window (G4), corrections (M4) and the grade-1
 * rule (M3). Every day boundary is the school's local day: a teacher in Yekaterinburg who
 * enters a mark at 23:30 has entered it on the lesson day, though it is 18:30 in UTC. The
 * calendar and the entry timing are the school's wall clock shared with attendance
 * (`@dnevnik/school-time`). The caller passes every instant; nothing here reads the clock.
 */

export { addDays, CORRECTION_DAYS, endOfLocalDay, localDate };
export type { EntryStatus, EntryTiming, IsoDate };
export type TransferWindow = TransferWindowSpan;

const mustParse = parseIsoDate;

export type WorkKind = 'oral' | 'written';

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
  const { workKind, internalMonitoring, ...rest } = input;
  const daysAllowed = workKind === 'oral' ? 0 : internalMonitoring ? MONITORING_DAYS : WRITTEN_DAYS;
  return recordEntryTiming({ ...rest, daysAllowed });
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
  if (input.by === 'other') {
    return {
      allowed: false,
      reason:
        'Исправить отметку может только учитель, который её выставил, или классный руководитель.',
    };
  }
  if (withinCorrectionWindow(input.markCreatedAt, input.now)) return { allowed: true };
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
