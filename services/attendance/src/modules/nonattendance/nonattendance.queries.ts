import type { EntityManager } from '@mikro-orm/postgresql';
import { requirePerson } from '@dnevnik/auth';
import { forbidden, requireUuid } from '@dnevnik/errors';
import type { AttendanceContext } from '../../context.js';
import type { SettingsView } from '../../views.js';
import { requireRange } from '../records/index.js';
import { canReadSchoolAttendance } from '../reports/index.js';
import { AttendanceSettingsRow, NonattendanceDetection } from './nonattendance.entities.js';
import { DEFAULT_NONATTENDANCE } from './nonattendance.rules.js';

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
