/**
 * Deadlines in the journal are local to the school (S7: 20:00 on the lesson day; M5: the
 * lesson day), and the region spans several time zones. Every service reads the school's wall
 * clock the same way, from here.
 */
export interface LocalClock {
  /** YYYY-MM-DD */
  date: string;
  hour: number;
  minute: number;
  second: number;
}

// Building a formatter is far slower than using one, and the region has only a handful of zones.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      // h23, not hour12: false: the latter prints midnight as 24:00 in some ICU versions.
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/**
 * The wall clock of a school at an instant, with seconds (the 20:00 deadline is exact to the
 * second). Uses the IANA database rather than fixed offsets: the region spans several zones and
 * their offsets have changed within the lifetime of stored records (Yekaterinburg was UTC+6 until
 * October 2014). An unknown time zone throws RangeError.
 */
export function localClock(instant: Date, timeZone: string): LocalClock {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) parts[part.type] = part.value;
  const { year, month, day, hour, minute, second } = parts;
  if (!year || !month || !day || !hour || !minute || !second) {
    throw new RangeError(`Cannot read local time in ${timeZone}`);
  }
  return {
    date: `${year.padStart(4, '0')}-${month}-${day}`,
    hour: Number(hour),
    minute: Number(minute),
    second: Number(second),
  };
}
