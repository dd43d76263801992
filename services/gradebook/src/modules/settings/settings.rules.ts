import { DEFAULT_MARK_COUNT_POLICY, type MarkCountPolicy } from '../finals/index.js';
import {
  DEFAULT_WEIGHTS,
  isGradingScale,
  resolveWeights,
  type GradingScale,
  type WorkType,
  type WorkWeights,
} from '../marks/index.js';

/** What a school may change (M2, M6); anything left out keeps its current value. */
export interface SettingsChange {
  weights?: { workType: string; weight: number }[] | null;
  minMarksUpTo2Hours?: number | null;
  minMarksMoreHours?: number | null;
  subjectScales?: { subjectId: string; scale: string }[] | null;
}

export interface ResolvedSettings {
  weights: WorkWeights;
  policy: MarkCountPolicy;
  subjectScales: Record<string, GradingScale>;
}

export const DEFAULT_SETTINGS: ResolvedSettings = {
  weights: { ...DEFAULT_WEIGHTS },
  policy: { ...DEFAULT_MARK_COUNT_POLICY },
  subjectScales: {},
};

const MAX_MARK_COUNT = 20;

/**
 * Applies a change to the current settings, reporting every problem at once so an administrator
 * fixes the form in one pass. Weights are overrides of the defaults; scales map subject → scale,
 * and a subject set back to the five-point scale is simply dropped from the map.
 */
export function applySettingsChange(
  current: ResolvedSettings,
  change: SettingsChange,
): { ok: true; settings: ResolvedSettings } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  let weights = current.weights;
  if (change.weights) {
    const overrides: Partial<Record<WorkType, number>> = { ...current.weights };
    for (const w of change.weights) (overrides as Record<string, number>)[w.workType] = w.weight;
    const resolved = resolveWeights(overrides);
    if (resolved.ok) weights = resolved.weights;
    else errors.push(...resolved.errors);
  }
  const policy = {
    upTo2Hours: change.minMarksUpTo2Hours ?? current.policy.upTo2Hours,
    moreHours: change.minMarksMoreHours ?? current.policy.moreHours,
  };
  for (const [n, label] of [
    [policy.upTo2Hours, 'до 2 часов в неделю'],
    [policy.moreHours, 'более 2 часов в неделю'],
  ] as const) {
    if (!Number.isInteger(n) || n < 1 || n > MAX_MARK_COUNT)
      errors.push(`Число отметок для предмета ${label}: целое от 1 до ${MAX_MARK_COUNT}.`);
  }
  // 000 §8.2: more hours a week never need fewer marks.
  if (policy.moreHours < policy.upTo2Hours)
    errors.push('Для предметов с большим числом часов нужно не меньше отметок, чем для остальных.');
  const subjectScales = { ...current.subjectScales };
  for (const s of change.subjectScales ?? []) {
    if (!isGradingScale(s.scale)) {
      errors.push(`Неизвестная шкала «${s.scale}».`);
      continue;
    }
    if (s.scale === 'five_point') delete subjectScales[s.subjectId];
    else subjectScales[s.subjectId] = s.scale;
  }
  return errors.length > 0
    ? { ok: false, errors }
    : { ok: true, settings: { weights, policy, subjectScales } };
}

/** Subjects whose scale the change would switch (the service refuses it while marks exist). */
export function changedScales(
  before: Record<string, GradingScale>,
  after: Record<string, GradingScale>,
): string[] {
  const subjects = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...subjects].filter((id) => (before[id] ?? 'five_point') !== (after[id] ?? 'five_point'));
}
