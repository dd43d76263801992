import type { EntityManager } from '@mikro-orm/postgresql';
import { v7 as uuidv7 } from 'uuid';
import { AttendanceEvents } from '@dnevnik/contracts';
import { stageEvent, type EventContext } from '@dnevnik/events';
import { AbsenceReason } from '../reasons/index.js';
import { AttendanceRecord } from '../records/index.js';
import { currentRecords, latestReasons, lessonKey } from '../reports/index.js';
import { NonattendanceDetection } from './nonattendance.entities.js';
import { settingsOf } from './nonattendance.queries.js';
import { detectNonattendance } from './nonattendance.rules.js';

/** Lesson dates of the student's current absences whose reason now is "unexcused". */
async function unexcusedDates(
  em: EntityManager,
  studentId: string,
  after: string | null,
): Promise<string[]> {
  const since = after ? { lessonDate: { $gt: after } } : {};
  const records = currentRecords(
    await em.find(AttendanceRecord, { studentId, ...since }, { orderBy: { seq: 'asc' } }),
  ).filter((r) => r.status === 'absent');
  if (records.length === 0) return [];
  const latest = latestReasons(
    await em.find(AbsenceReason, { studentId, ...since }, { orderBy: { seq: 'asc' } }),
  );
  return records
    .filter((r) => latest.get(lessonKey(r.lessonId, r.studentId))?.kind === 'unexcused')
    .map((r) => r.lessonDate);
}

/**
 * P3, P4: after a student's absences were taken as unexcused, checks whether they now reach the
 * school's threshold within its window; if so, stores the detection and publishes
 * `attendance.nonattendance.detected`, once per window. Runs in the caller's transaction, with
 * the student's detections serialised, so two reasons set at once cannot both fire.
 */
export async function detectNonattendanceFor(
  tx: EntityManager,
  input: { studentId: string; schoolId: string; now: Date; context: EventContext },
): Promise<NonattendanceDetection | null> {
  const { studentId, schoolId } = input;
  await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [`nonattendance:${studentId}`]);
  const settings = await settingsOf(tx, schoolId);
  const previous = await tx.findOne(
    NonattendanceDetection,
    { studentId },
    { orderBy: { windowTo: 'desc' } },
  );
  const found = detectNonattendance({
    absenceDates: await unexcusedDates(tx, studentId, previous?.windowTo ?? null),
    settings,
    previousWindowTo: previous?.windowTo ?? null,
  });
  if (!found) return null;
  const detection = Object.assign(new NonattendanceDetection(), {
    id: uuidv7(),
    schoolId,
    studentId,
    windowFrom: found.windowFrom,
    windowTo: found.windowTo,
    unexcusedAbsences: found.count,
    threshold: settings.threshold,
    windowDays: settings.windowDays,
    detectedAt: input.now,
  });
  tx.persist(detection);
  stageEvent(tx, AttendanceEvents.nonattendanceDetected, {
    aggregateId: studentId,
    schoolId,
    data: {
      detectionId: detection.id,
      studentId,
      schoolId,
      windowFrom: detection.windowFrom,
      windowTo: detection.windowTo,
      unexcusedAbsences: detection.unexcusedAbsences,
      threshold: detection.threshold,
      windowDays: detection.windowDays,
    },
    context: input.context,
  });
  await tx.flush();
  return detection;
}
