import type { EntityManager } from '@mikro-orm/postgresql';
import { v7 as uuidv7 } from 'uuid';
import { requirePerson } from '@dnevnik/auth';
import { AttendanceEvents } from '@dnevnik/contracts';
import { badInput, forbidden, requireUuid } from '@dnevnik/errors';
import { stageEvent, type EventContext } from '@dnevnik/events';
import { requireSchool } from '@dnevnik/school-facts';
import { inTransaction } from '@dnevnik/service-runtime';
import { canConfigureNonattendance, canReadSchoolAttendance } from '../../attendance.access.js';
import type { AttendanceContext } from '../../context.js';
import type { SettingsView } from '../../views.js';
import { requireRange } from '../records/records.queries.js';
import { AbsenceReason } from '../reasons/reason.entities.js';
import { AttendanceRecord } from '../records/record.entities.js';
import { currentRecords, latestReasons, lessonKey } from '../reports/report.rules.js';
import { AttendanceSettingsRow, NonattendanceDetection } from './nonattendance.entities.js';
import {
  checkSettings,
  DEFAULT_NONATTENDANCE,
  detectNonattendance,
} from './nonattendance.rules.js';

/** The school's settings: the latest change, or the defaults (5 lessons in 14 days). */
export async function settingsOf(em: EntityManager, schoolId: string): Promise<SettingsView> {
  // UUIDv7 ids sort in the order the rows were written, whatever clock the service was given.
  const row = await em.findOne(AttendanceSettingsRow, { schoolId }, { orderBy: { id: 'desc' } });
  return row
    ? {
        schoolId,
        threshold: row.threshold,
        windowDays: row.windowDays,
        setBy: row.setBy,
        setAt: row.setAt,
      }
    : { schoolId, ...DEFAULT_NONATTENDANCE, setBy: null, setAt: null };
}

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

export async function nonattendanceSettings(
  ctx: AttendanceContext,
  schoolIdInput: string,
): Promise<SettingsView> {
  const viewer = requirePerson(ctx.viewer);
  const schoolId = requireUuid(schoolIdInput, 'schoolId');
  if (!canReadSchoolAttendance(viewer, schoolId))
    throw forbidden('Настройки посещаемости видит администрация школы.');
  return settingsOf(ctx.em, schoolId);
}

/** P3: the director or deputy sets the threshold; each change is a new row (G2). */
export async function setNonattendanceSettings(
  ctx: AttendanceContext,
  input: { schoolId: string; threshold: number; windowDays: number },
): Promise<SettingsView> {
  const viewer = requirePerson(ctx.viewer);
  const schoolId = requireUuid(input.schoolId, 'schoolId');
  if (!canConfigureNonattendance(viewer, schoolId))
    throw forbidden('Порог систематических пропусков устанавливает директор или его заместитель.');
  const check = checkSettings(input);
  if (!check.ok) throw badInput(check.message, { field: check.field });
  return inTransaction(ctx, async (tx) => {
    await requireSchool(tx, schoolId);
    const row = Object.assign(new AttendanceSettingsRow(), {
      id: uuidv7(),
      schoolId,
      threshold: input.threshold,
      windowDays: input.windowDays,
      setBy: viewer.personId,
      setAt: ctx.deps.now(),
    });
    tx.persist(row);
    await tx.flush();
    return {
      schoolId,
      threshold: row.threshold,
      windowDays: row.windowDays,
      setBy: row.setBy,
      setAt: row.setAt,
    };
  });
}

/** Detections of the school whose window ended in the range (administration). */
export async function listDetections(
  ctx: AttendanceContext,
  input: { schoolId: string; from: string; to: string },
): Promise<NonattendanceDetection[]> {
  const viewer = requirePerson(ctx.viewer);
  const schoolId = requireUuid(input.schoolId, 'schoolId');
  const { from, to } = requireRange(input.from, input.to);
  if (!canReadSchoolAttendance(viewer, schoolId))
    throw forbidden('Систематические пропуски школы видит её администрация.');
  return ctx.em.find(
    NonattendanceDetection,
    { schoolId, windowTo: { $gte: from, $lte: to } },
    { orderBy: { windowTo: 'asc' } },
  );
}
