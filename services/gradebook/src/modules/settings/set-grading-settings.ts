import { v7 as uuidv7 } from 'uuid';
import { requirePerson } from '@dnevnik/auth';
import { badInput, conflict, forbidden, requireUuid } from '@dnevnik/errors';
import { requireSchool } from '@dnevnik/school-facts';
import { inTransaction } from '@dnevnik/service-runtime';
import type { GradebookContext } from '../../context.js';
import { Mark } from '../marks/index.js';
import { canSetGradingSettings } from './settings.access.js';
import { GradingSettingsRow } from './settings.entities.js';
import { loadGradingSettings, settingsView, type GradingSettings } from './settings.queries.js';
import { applySettingsChange, changedScales, type SettingsChange } from './settings.rules.js';

/**
 * The director or a deputy changes weights, mark counts or subject scales. Marks keep the weight
 * they were entered with (it is part of the signed record), so new weights apply to new marks. A
 * subject's scale is not switched under marks entered on the old one in the past twelve months.
 */
export async function setGradingSettings(
  ctx: GradebookContext,
  input: SettingsChange & { schoolId: string },
): Promise<GradingSettings> {
  const viewer = requirePerson(ctx.viewer);
  const schoolId = requireUuid(input.schoolId, 'schoolId');
  if (!canSetGradingSettings(viewer, schoolId))
    throw forbidden('Настройки оценивания меняют директор или заместитель директора.');
  for (const s of input.subjectScales ?? []) requireUuid(s.subjectId, 'subjectId');
  return inTransaction(ctx, async (tx) => {
    await requireSchool(tx, schoolId);
    // One change at a time per school, so two administrators never overwrite each other blindly.
    await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [`grading-settings:${schoolId}`]);
    const current = await loadGradingSettings(tx, schoolId);
    const next = applySettingsChange(current, input);
    if (!next.ok) throw badInput(next.errors.join(' '), { errors: next.errors });
    for (const subjectId of changedScales(current.subjectScales, next.settings.subjectScales)) {
      const marked = await tx.findOne(Mark, {
        schoolId,
        subjectId,
        scale: { $ne: next.settings.subjectScales[subjectId] ?? 'five_point' },
        enteredAt: { $gte: new Date(ctx.deps.now().getTime() - 365 * 86_400_000) },
      });
      if (marked)
        throw conflict(
          'По предмету уже выставлены отметки в прежней шкале: шкалу меняют с начала учебного года.',
        );
    }
    const row = Object.assign(new GradingSettingsRow(), {
      id: uuidv7(),
      schoolId,
      weights: next.settings.weights,
      minMarksUpTo2Hours: next.settings.policy.upTo2Hours,
      minMarksMoreHours: next.settings.policy.moreHours,
      subjectScales: next.settings.subjectScales,
      setBy: viewer.personId,
      setAt: ctx.deps.now(),
    });
    tx.persist(row);
    return settingsView(schoolId, next.settings, row);
  });
}
