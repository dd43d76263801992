import type { AbsenceReasonKind, AttendanceStatus } from '@dnevnik/contracts';
import { addDays, parseIsoDate, type IsoDate } from '@dnevnik/school-time';
import { isExcused } from '../reasons/index.js';

/**
 * The arithmetic of the attendance reports (P3): pure, so every total a report shows can be
 * checked against the records it came from.
 */

export interface Totals {
  /** Lessons missed: current absences. */
  lessonsMissed: number;
  excused: number;
  unexcused: number;
  /** Absences the class teacher has not given a reason yet. */
  withoutReason: number;
  /** Times late, and the minutes they add up to. */
  late: number;
  lateMinutes: number;
}

/** A current record with the reason that applies to it now. */
export interface TallyRecord {
  studentId: string;
  subjectId: string;
  status: AttendanceStatus;
  lateMinutes: number | null;
  reason: AbsenceReasonKind | null;
}

export const emptyTotals = (): Totals => ({
  lessonsMissed: 0,
  excused: 0,
  unexcused: 0,
  withoutReason: 0,
  late: 0,
  lateMinutes: 0,
});

function add(t: Totals, r: TallyRecord): void {
  if (r.status === 'late') {
    t.late++;
    t.lateMinutes += r.lateMinutes ?? 0;
  } else if (r.status === 'absent') {
    t.lessonsMissed++;
    if (r.reason === null) t.withoutReason++;
    else if (isExcused(r.reason)) t.excused++;
    else t.unexcused++;
  }
}

export function tally(records: Iterable<TallyRecord>): Totals {
  const t = emptyTotals();
  for (const r of records) add(t, r);
  return t;
}

export interface StudentRow {
  studentId: string;
  totals: Totals;
  /** Subjects with anything to show, in the order first met. */
  bySubject: { subjectId: string; totals: Totals }[];
}

/**
 * A row per student, in the order given, including students with nothing recorded (a class
 * sheet lists the whole class); records of students not listed are left out.
 */
export function tallyByStudent(
  studentIds: readonly string[],
  records: Iterable<TallyRecord>,
): StudentRow[] {
  const rows = new Map<string, StudentRow>(
    studentIds.map((id) => [id, { studentId: id, totals: emptyTotals(), bySubject: [] }]),
  );
  for (const r of records) {
    const row = rows.get(r.studentId);
    if (!row) continue;
    add(row.totals, r);
    let subject = row.bySubject.find((s) => s.subjectId === r.subjectId);
    if (!subject) {
      subject = { subjectId: r.subjectId, totals: emptyTotals() };
      row.bySubject.push(subject);
    }
    add(subject.totals, r);
  }
  return [...rows.values()];
}

/** Sums rows, e.g. a class's total line. */
export function sumTotals(rows: Iterable<Totals>): Totals {
  const t = emptyTotals();
  for (const r of rows) for (const key of Object.keys(t) as (keyof Totals)[]) t[key] += r[key];
  return t;
}

/**
 * The school's share of lessons missed: absences / (lessons held × students), with the
 * denominator counted per lesson as the students it had (student-lessons). Rounded to four
 * places (a hundredth of a percent); 0 when no lesson was held.
 */
export function shareMissed(absences: number, studentLessons: number): number {
  if (!Number.isInteger(absences) || absences < 0)
    throw new RangeError(`Not a count of absences: ${absences}`);
  if (!Number.isInteger(studentLessons) || studentLessons < 0)
    throw new RangeError(`Not a count of student-lessons: ${studentLessons}`);
  if (studentLessons === 0) return 0;
  return Math.round((absences / studentLessons) * 10_000) / 10_000;
}

/** Only the records no correction has replaced: what the journal says now. */
export function currentRecords<T extends { id: string; replacesRecordId: string | null }>(
  records: readonly T[],
): T[] {
  const replaced = new Set(records.map((r) => r.replacesRecordId).filter(Boolean));
  return records.filter((r) => !replaced.has(r.id));
}

/** The latest reason per student's lesson, from reasons in insertion order. */
export function latestReasons<T extends { lessonId: string; studentId: string }>(
  reasonsInOrder: readonly T[],
): Map<string, T> {
  const latest = new Map<string, T>();
  for (const r of reasonsInOrder) latest.set(lessonKey(r.lessonId, r.studentId), r);
  return latest;
}

export const lessonKey = (lessonId: string, studentId: string) => `${lessonId}:${studentId}`;

/** The first and last day of a month given as 'YYYY-MM'; null if it is not one. */
export function monthRange(month: string): { from: IsoDate; to: IsoDate } | null {
  if (!/^\d{4}-\d{2}$/.test(month)) return null;
  const from = `${month}-01`;
  try {
    parseIsoDate(from);
  } catch {
    return null;
  }
  const [y, m] = month.split('-').map(Number);
  const next = m === 12 ? `${y! + 1}-01-01` : `${y}-${String(m! + 1).padStart(2, '0')}-01`;
  return { from, to: addDays(next, -1) };
}
