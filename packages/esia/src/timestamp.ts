/**
 * ESIA's request timestamp, `yyyy.MM.dd HH:mm:ss +ZZZZ` (for example `2026.09.01 08:30:00 +0300`).
 * It is part of the signed string, so both sides must spell it byte for byte the same.
 */
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Formats `date` as wall-clock time at `offsetMinutes` east of UTC (UTC by default). */
export function formatEsiaTimestamp(date: Date, offsetMinutes = 0): string {
  const local = new Date(date.getTime() + offsetMinutes * 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return (
    `${local.getUTCFullYear()}.${pad(local.getUTCMonth() + 1)}.${pad(local.getUTCDate())} ` +
    `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())} ` +
    `${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`
  );
}

const TIMESTAMP = /^(\d{4})\.(\d{2})\.(\d{2}) (\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2})$/;

/** Parses an ESIA timestamp; null when it is malformed or names a time that does not exist. */
export function parseEsiaTimestamp(value: string): Date | null {
  const m = TIMESTAMP.exec(value);
  if (!m) return null;
  const [y, mo, d, h, mi, s, oh, om] = [1, 2, 3, 4, 5, 6, 8, 9].map((i) => Number(m[i]));
  if (om! > 59 || oh! > 14) return null;
  const offset = (oh! * 60 + om!) * (m[7] === '-' ? -1 : 1);
  const wall = Date.UTC(y!, mo! - 1, d!, h!, mi!, s!);
  const check = new Date(wall);
  // Date.UTC rolls 31 February over into March; a timestamp that does so is not a real one.
  if (
    check.getUTCFullYear() !== y ||
    check.getUTCMonth() !== mo! - 1 ||
    check.getUTCDate() !== d ||
    check.getUTCHours() !== h ||
    check.getUTCMinutes() !== mi ||
    check.getUTCSeconds() !== s
  ) {
    return null;
  }
  return new Date(wall - offset * 60_000);
}
