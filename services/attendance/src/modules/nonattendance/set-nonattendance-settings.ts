import { v7 as uuidv7 } from 'uuid';
import { requirePerson } from '@dnevnik/auth';
import { badInput, forbidden, requireUuid } from '@dnevnik/errors';
import { requireSchool } from '@dnevnik/school-facts';
import { inTransaction } from '@dnevnik/service-runtime';
import type { AttendanceContext } from '../../context.js';
import type { SettingsView } from '../../views.js';
import { canConfigureNonattendance } from './nonattendance.access.js';
import { AttendanceSettingsRow } from './nonattendance.entities.js';
import { checkSettings } from './nonattendance.rules.js';

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
