export { localClock, type LocalClock } from './local-clock.js';
export {
  addDays,
  DAY_MS,
  daysBetween,
  eachDay,
  endOfLocalDay,
  endOfMonth,
  formatRuDate,
  instantMs,
  isIsoDate,
  isoWeekday,
  localDate,
  mondayOf,
  parseIsoDate,
  type IsoDate,
} from './calendar.js';
export {
  CORRECTION_DAYS,
  recordEntryTiming,
  withinCorrectionWindow,
  type EntryStatus,
  type EntryTiming,
  type TransferWindowSpan,
} from './entry-deadlines.js';
