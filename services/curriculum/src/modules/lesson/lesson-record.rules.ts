import { localClock } from '../calendar/calendar.rules.js';
import type { IsoDate } from '../calendar/calendar.types.js';

export type RecordTimingStatus = 'on_time' | 'late' | 'early' | 'transferred';

/** S7: a lesson is recorded on its day, at the latest by 20:00 local time of the school. */
export const RECORD_DEADLINE_HOUR = 20;

/**
 * When a lesson record was entered, relative to the lesson (S7, G4):
 * - 'early': before the lesson day in the school's zone; the caller refuses it, since a topic
 *   cannot be recorded as covered before the lesson took place;
 * - 'transferred': the lesson date falls in a temporary-journal window (G4, both ends included);
 *   the record comes from paper kept during an outage and is not late whatever the hour. Whether
 *   the window is still open for transfer (2 working days) is for the caller to decide;
 * - 'on_time': on the lesson day up to 20:00:00 local time inclusive;
 * - 'late': any later moment; accepted, but the lateness is recorded for control (R).
 * The comparison runs on whole seconds, so 20:00:00.900 is still on time and 20:00:01 is late.
 */
export function recordTiming(input: {
  lessonDate: IsoDate;
  recordedAt: Date;
  timeZone: string;
  transferWindow?: { from: IsoDate; to: IsoDate } | null;
}): { status: RecordTimingStatus } {
  const local = localClock(input.recordedAt, input.timeZone);
  if (local.date < input.lessonDate) return { status: 'early' };
  const window = input.transferWindow;
  if (window && window.from <= input.lessonDate && input.lessonDate <= window.to) {
    return { status: 'transferred' };
  }
  if (local.date > input.lessonDate) return { status: 'late' };
  const afterDeadline =
    local.hour > RECORD_DEADLINE_HOUR ||
    (local.hour === RECORD_DEADLINE_HOUR && (local.minute > 0 || local.second > 0));
  return { status: afterDeadline ? 'late' : 'on_time' };
}
