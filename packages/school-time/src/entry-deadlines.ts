import { addDays, DAY_MS, instantMs, localDate, parseIsoDate, type IsoDate } from './calendar.js';

/**
 * When a journal record (a mark, an absence) was entered relative to its deadline, for every
 * service that keeps one: on time, late (flagged for the monitoring reports, or refused), early
 * (before the lesson happened), or transferred from a temporary journal after an outage (G4).
 */

/** G4: a deputy director's window to transfer a temporary journal kept during an outage. */
export interface TransferWindowSpan {
  /** First and last lesson dates of the outage, inclusive. */
  from: IsoDate;
  to: IsoDate;
  /** Local date the system came back. */
  opensOn: IsoDate;
  /** End of the transfer window: end of the 2nd working day after it opened (002 §3.2). */
  closesAt: Date;
}

export type EntryStatus = 'on_time' | 'late' | 'transferred' | 'early';

export interface EntryTiming {
  status: EntryStatus;
  /** Local date of the entry. */
  enteredOn: IsoDate;
  /** Last local day on which the record is on time by the usual rule. */
  lastDay: IsoDate;
}

/**
 * The timing of a record of a lesson, in the school's local time:
 *  - on time up to `daysAllowed` days after the lesson date inclusive (0: the lesson day only —
 *    lesson marks and attendance, M5, P1; 7: written works);
 *  - 'early' before the lesson date (000 §5.3: nothing for lessons that have not happened);
 *  - G4: a lesson inside an outage window, entered after the system came back and before the
 *    transfer window closed, is 'transferred', whether or not the usual deadline has passed.
 */
export function recordEntryTiming(input: {
  lessonDate: IsoDate;
  daysAllowed: number;
  enteredAt: Date;
  timeZone: string;
  transferWindow?: TransferWindowSpan | null;
}): EntryTiming {
  const { lessonDate, enteredAt, timeZone } = input;
  parseIsoDate(lessonDate, 'Lesson date');
  if (!Number.isInteger(input.daysAllowed) || input.daysAllowed < 0)
    throw new RangeError(`Not a number of days: ${input.daysAllowed}`);
  const enteredOn = localDate(enteredAt, timeZone);
  const lastDay = addDays(lessonDate, input.daysAllowed);
  const result = (status: EntryStatus): EntryTiming => ({ status, enteredOn, lastDay });

  if (enteredOn < lessonDate) return result('early');
  const w = input.transferWindow;
  if (w) {
    parseIsoDate(w.from, 'Window start');
    parseIsoDate(w.to, 'Window end');
    parseIsoDate(w.opensOn, 'Window opening');
    if (w.to < w.from) throw new RangeError(`Transfer window ends before it starts`);
    const closes = instantMs(w.closesAt, 'Window close');
    const inOutage = w.from <= lessonDate && lessonDate <= w.to;
    if (inOutage && enteredOn >= w.opensOn && enteredAt.getTime() <= closes) {
      return result('transferred');
    }
  }
  return result(enteredOn <= lastDay ? 'on_time' : 'late');
}

/** 003 §8.6: entry errors are corrected within seven days. */
export const CORRECTION_DAYS = 7;

/**
 * M4, 003 §8.6: whether an entry error may still be corrected without the deputy director:
 * 7×24 hours from the moment the record was created, so the limit is the same in every time
 * zone; at exactly 7 days it is still allowed, and so is a clock slightly behind the record.
 */
export function withinCorrectionWindow(createdAt: Date, now: Date): boolean {
  const created = instantMs(createdAt, 'Record creation time');
  return instantMs(now, 'Now') - created <= CORRECTION_DAYS * DAY_MS;
}
