/**
 * Work types of current marks (M1) and their weights in the weighted mean (M6). 000 §8.2 and
 * 002 §6.2 require the quality of written, laboratory and practical work to count for more,
 * so those types weigh more than an oral answer or homework by default. A school may set its
 * own weights within MIN_WEIGHT..MAX_WEIGHT.
 */

import { WORK_TYPES, type WorkType } from '@dnevnik/contracts';
import type { WorkKind } from './deadlines.rules.js';

export { WORK_TYPES, type WorkType };

export type WorkWeights = Record<WorkType, number>;

export const WORK_TYPE_LABEL: Record<WorkType, string> = {
  answer: 'Ответ на уроке',
  test: 'Самостоятельная (проверочная) работа',
  control: 'Контрольная работа',
  laboratory: 'Лабораторная работа',
  practical: 'Практическая работа',
  essay: 'Сочинение',
  dictation: 'Диктант',
  homework: 'Домашняя работа',
  project: 'Проект',
  other: 'Другое',
};

/**
 * Defaults (M6): oral and routine work 1; short written work (test, dictation) 1.5; major
 * written, laboratory and practical work, essays and projects 2.
 */
export const DEFAULT_WEIGHTS: Readonly<WorkWeights> = Object.freeze({
  answer: 1,
  homework: 1,
  other: 1,
  test: 1.5,
  dictation: 1.5,
  essay: 2,
  project: 2,
  control: 2,
  laboratory: 2,
  practical: 2,
});

/**
 * Bounds of a school's own weights. Below 0.5 a mark would hardly count, which would let a
 * final stand on fewer real marks than M6 asks for; above 5 one work would outweigh a quarter.
 */
export const MIN_WEIGHT = 0.5;
export const MAX_WEIGHT = 5;

export function isWorkType(value: string): value is WorkType {
  return (WORK_TYPES as readonly string[]).includes(value);
}

export type ResolvedWeights = { ok: true; weights: WorkWeights } | { ok: false; errors: string[] };

function formatWeight(n: number): string {
  return String(n).replace('.', ',');
}

/**
 * The school's weights: defaults with the overrides applied. Overrides come from settings
 * (JSON), so unknown keys and non-numbers are checked at run time despite the type. Every
 * problem is reported at once, so an administrator fixes the form in one pass.
 */
export function resolveWeights(overrides?: Partial<Record<WorkType, number>>): ResolvedWeights {
  const weights: WorkWeights = { ...DEFAULT_WEIGHTS };
  const errors: string[] = [];
  for (const [key, value] of Object.entries(overrides ?? {}) as [string, unknown][]) {
    if (!isWorkType(key)) {
      errors.push(`Неизвестный вид работы «${key}».`);
      continue;
    }
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      errors.push(`${WORK_TYPE_LABEL[key]}: вес должен быть числом.`);
      continue;
    }
    if (value < MIN_WEIGHT || value > MAX_WEIGHT) {
      errors.push(
        `${WORK_TYPE_LABEL[key]}: вес ${formatWeight(value)} вне допустимых пределов от ${formatWeight(MIN_WEIGHT)} до ${formatWeight(MAX_WEIGHT)}.`,
      );
      continue;
    }
    weights[key] = value;
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, weights };
}

/** Work types whose marks may be entered within a week (M5); the rest on the lesson day. */
export const WRITTEN_WORK: readonly WorkType[] = [
  'test',
  'control',
  'laboratory',
  'practical',
  'essay',
  'dictation',
  'project',
];

/** Work types graded with a paired mark «4/5» (dictation with a task, essay: content/literacy). */
export const PAIRED_WORK: readonly WorkType[] = ['dictation', 'essay'];

export const workKindOf = (workType: WorkType): WorkKind =>
  WRITTEN_WORK.includes(workType) ? 'written' : 'oral';
