import type { EntityManager } from '@mikro-orm/postgresql';
import { requirePerson } from '@dnevnik/auth';
import { forbidden, requireUuid } from '@dnevnik/errors';
import type { GradebookContext } from '../../context.js';
import { resolveWeights, type GradingScale } from '../marks/index.js';
import { canReadGradingSettings } from './settings.access.js';
import { GradingSettingsRow } from './settings.entities.js';
import { DEFAULT_SETTINGS, type ResolvedSettings } from './settings.rules.js';

/** A school's settings as the graph shows them; setAt is null while the defaults apply. */
export interface GradingSettings extends ResolvedSettings {
  schoolId: string;
  setAt: Date | null;
  setBy: string | null;
  scaleOf(subjectId: string): GradingScale;
}

export function settingsView(
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
  if (!row) return settingsView(schoolId, DEFAULT_SETTINGS, null);
  const weights = resolveWeights(row.weights);
  return settingsView(
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
  if (!canReadGradingSettings(viewer, id))
    throw forbidden('Настройки оценивания видят работники школы.');
  return loadGradingSettings(ctx.em, id);
}
