import type { AttendanceStatus } from '@dnevnik/contracts';
import { withinCorrectionWindow } from '@dnevnik/school-time';

/**
 * What a teacher may enter about a student in a lesson (P1), and who may correct it (G1, M4
 * applied to attendance). Pure: the service passes in the facts and the instants.
 */

/** P1: attendance is taken on the lesson day itself (004 §5.4), in the school's local time. */
export const ATTENDANCE_DAYS_ALLOWED = 0;

/** A double lesson is 90 minutes; anything later than that is an absence. */
export const MAX_LATE_MINUTES = 90;

export type EntryCheck =
  | { ok: true; status: AttendanceStatus; lateMinutes: number | null }
  | { ok: false; message: string; field: 'status' | 'lateMinutes' };

const STATUSES: readonly string[] = ['absent', 'late', 'present'];

/**
 * Checks one entry. "Present" is the default and is never entered as a first record; it is only
 * a correction that undoes an absence or lateness recorded by mistake.
 */
export function checkEntry(input: {
  status: string;
  lateMinutes?: number | null;
  correction: boolean;
}): EntryCheck {
  const { status, correction } = input;
  const minutes = input.lateMinutes ?? null;
  if (!STATUSES.includes(status))
    return { ok: false, field: 'status', message: 'Отметка посещаемости: пропуск или опоздание.' };
  if (status === 'present' && !correction)
    return {
      ok: false,
      field: 'status',
      message:
        'Присутствие не отмечается: в журнал вносятся только пропуски и опоздания. Ошибочный пропуск исправляется записью «присутствовал».',
    };
  if (status === 'late') {
    if (minutes === null || !Number.isInteger(minutes) || minutes < 1 || minutes > MAX_LATE_MINUTES)
      return {
        ok: false,
        field: 'lateMinutes',
        message: `Опоздание: укажите минуты, от 1 до ${MAX_LATE_MINUTES}.`,
      };
    return { ok: true, status, lateMinutes: minutes };
  }
  if (minutes !== null)
    return {
      ok: false,
      field: 'lateMinutes',
      message: 'Минуты указываются только для опоздания.',
    };
  return { ok: true, status: status as AttendanceStatus, lateMinutes: null };
}

/** A correction must change something: the same status again is not a correction. */
export function changesRecord(
  current: { status: string; lateMinutes: number | null },
  next: { status: string; lateMinutes: number | null },
): boolean {
  return current.status !== next.status || current.lateMinutes !== next.lateMinutes;
}

/** Who asks to correct a record: see records.access.ts `attendanceCorrectionRight`. */
export type CorrectionRight = 'teacher' | 'class_teacher' | 'deputy' | 'none';

export type CorrectionVerdict =
  { allowed: true } | { allowed: false; code: 'FORBIDDEN' | 'DEADLINE_PASSED'; message: string };

/**
 * 003 §8.6 as for marks: the lesson's teacher (or whoever entered the record) and the class
 * teacher correct within 7×24 hours of the record; later, and anyone else never, only the
 * deputy director (or the director).
 */
export function correctionVerdict(
  right: CorrectionRight,
  recordCreatedAt: Date,
  now: Date,
): CorrectionVerdict {
  if (right === 'none')
    return {
      allowed: false,
      code: 'FORBIDDEN',
      message:
        'Исправить запись о посещаемости может учитель урока, классный руководитель или заместитель директора.',
    };
  if (right === 'deputy' || withinCorrectionWindow(recordCreatedAt, now)) return { allowed: true };
  return {
    allowed: false,
    code: 'DEADLINE_PASSED',
    message:
      'С момента записи прошло больше 7 дней: исправить её можно только через заместителя директора.',
  };
}
