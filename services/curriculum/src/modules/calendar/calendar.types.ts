/** Dates are ISO calendar dates (YYYY-MM-DD) in the school's own time zone. */
export type IsoDate = string;

export type PeriodKind = 'quarter' | 'trimester' | 'half_year' | 'module' | 'holiday';

export interface PeriodSpan {
  kind: PeriodKind;
  startsOn: IsoDate;
  /** Inclusive. */
  endsOn: IsoDate;
}

/** One line of the weekly timetable, valid from a date until (exclusive) another. */
export interface TimetableSlot {
  id: string;
  assignmentId: string;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  lessonNumber: number;
  room: string | null;
  validFrom: IsoDate;
  /** Exclusive; null = until the end of the year. */
  validTo: IsoDate | null;
}

export interface GeneratedLesson {
  assignmentId: string;
  date: IsoDate;
  lessonNumber: number;
  room: string | null;
  timetableSlotId: string;
}
