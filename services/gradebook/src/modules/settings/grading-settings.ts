import type { EntityManager } from '@mikro-orm/postgresql';
import { v7 as uuidv7 } from 'uuid';
import { requirePerson } from '@dnevnik/auth';
import { badInput, conflict, forbidden, requireUuid } from '@dnevnik/errors';
import { isDeputyOrDirector, isSchoolStaff, requireSchool } from '@dnevnik/school-facts';
import { inTransaction } from '@dnevnik/service-runtime';
import type { GradebookContext } from '../../context.js';
import { GradingSettingsRow, Mark } from '../marks/mark.entities.js';
import type { GradingScale } from '../marks/rules/grading-scales.js';
import { resolveWeights } from '../marks/rules/weights.js';
import {
  applySettingsChange,
  changedScales,
  DEFAULT_SETTINGS,
  type ResolvedSettings,
  type SettingsChange,
} from './settings.rules.js';

/** A school's settings as the graph shows them; setAt is null while the defaults apply. */
export interface GradingSettings extends ResolvedSettings {
  schoolId: string;
  setAt: Date | null;
  setBy: string | null;
  scaleOf(subjectId: string): GradingScale;
}

function view(
  schoolId: string,
  s: ResolvedSettings,
  row: GradingSettingsRow | null,
): GradingSettings {
  return {
    ...s,
    schoolId,
    setAt: row?.setAt ?? null,
    setBy: row?.setBy ?? null,
    scaleOf: (subjectId) => s.subjectScales[subjectId] ?? 'five_point',
  };
}

/** The settings in force: the latest row, or the product defaults (M2, M6). */
export async function loadGradingSettings(
  em: EntityManager,
  schoolId: string,
): Promise<GradingSettings> {
  const row = await em.findOne(
    GradingSettingsRow,
    { schoolId },
    { orderBy: [{ setAt: 'desc' }, { id: 'desc' }] },
  );
  if (!row) return view(schoolId, DEFAULT_SETTINGS, null);
  const weights = resolveWeights(row.weights);
  return view(
    schoolId,
    {
      // Rows are validated when written; a bad one would be a bug, so fall back loudly-safe.
      weights: weights.ok ? weights.weights : DEFAULT_SETTINGS.weights,
      policy: { upTo2Hours: row.minMarksUpTo2Hours, moreHours: row.minMarksMoreHours },
      subjectScales: row.subjectScales as Record<string, GradingScale>,
    },
    row,
  );
}

export async function gradingSettings(ctx: GradebookContext, schoolId: string) {
  const viewer = requirePerson(ctx.viewer);
  const id = requireUuid(schoolId, 'schoolId');
  if (!isSchoolStaff(viewer, id)) throw forbidden('Настройки оценивания видят работники школы.');
  return loadGradingSettings(ctx.em, id);
}

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
  if (!isDeputyOrDirector(viewer, schoolId))
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
    return view(schoolId, next.settings, row);
  });
}
