import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WEIGHTS,
  MAX_WEIGHT,
  MIN_WEIGHT,
  WORK_TYPES,
  WORK_TYPE_LABEL,
  isWorkType,
  resolveWeights,
  type WorkType,
  type WorkWeights,
} from './weights.rules.js';

function weights(result: ReturnType<typeof resolveWeights>): WorkWeights {
  if (!result.ok) throw new Error(`unexpected errors: ${result.errors.join(' ')}`);
  return result.weights;
}

function errors(result: ReturnType<typeof resolveWeights>): string[] {
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors;
}

describe('work types', () => {
  it('has the ten work types of M1, each with a Russian label', () => {
    expect(WORK_TYPES).toEqual([
      'answer',
      'test',
      'control',
      'laboratory',
      'practical',
      'essay',
      'dictation',
      'homework',
      'project',
      'other',
    ]);
    expect(Object.keys(WORK_TYPE_LABEL).sort()).toEqual([...WORK_TYPES].sort());
    expect(WORK_TYPE_LABEL.control).toBe('Контрольная работа');
    expect(WORK_TYPE_LABEL.dictation).toBe('Диктант');
  });

  it('recognises work types', () => {
    expect(isWorkType('laboratory')).toBe(true);
    expect(isWorkType('exam')).toBe(false);
    expect(isWorkType('')).toBe(false);
  });
});

describe('default weights', () => {
  it('are the documented values', () => {
    expect({ ...DEFAULT_WEIGHTS }).toEqual({
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
  });

  it('weigh written, laboratory and practical works more than an oral answer (M6)', () => {
    for (const t of ['test', 'control', 'laboratory', 'practical', 'essay', 'dictation'] as const) {
      expect(DEFAULT_WEIGHTS[t]).toBeGreaterThan(DEFAULT_WEIGHTS.answer);
    }
    expect(DEFAULT_WEIGHTS.control).toBeGreaterThan(DEFAULT_WEIGHTS.test);
  });

  it('are frozen, so a caller cannot change them for everyone', () => {
    expect(Object.isFrozen(DEFAULT_WEIGHTS)).toBe(true);
  });

  it('lie within the allowed bounds', () => {
    for (const t of WORK_TYPES) {
      expect(DEFAULT_WEIGHTS[t]).toBeGreaterThanOrEqual(MIN_WEIGHT);
      expect(DEFAULT_WEIGHTS[t]).toBeLessThanOrEqual(MAX_WEIGHT);
    }
  });
});

describe('resolveWeights', () => {
  it('returns the defaults without overrides', () => {
    expect(weights(resolveWeights())).toEqual({ ...DEFAULT_WEIGHTS });
    expect(weights(resolveWeights({}))).toEqual({ ...DEFAULT_WEIGHTS });
  });

  it('applies overrides and keeps the rest', () => {
    const w = weights(resolveWeights({ control: 3, homework: 0.5 }));
    expect(w).toEqual({ ...DEFAULT_WEIGHTS, control: 3, homework: 0.5 });
  });

  it('returns a fresh object each time', () => {
    const w = weights(resolveWeights());
    w.answer = 4;
    expect(weights(resolveWeights()).answer).toBe(1);
    expect(DEFAULT_WEIGHTS.answer).toBe(1);
  });

  it('accepts exactly 0.5 and 5 and refuses just outside', () => {
    expect(weights(resolveWeights({ answer: 0.5, control: 5 }))).toMatchObject({
      answer: 0.5,
      control: 5,
    });
    expect(errors(resolveWeights({ answer: 0.49 }))).toEqual([
      'Ответ на уроке: вес 0,49 вне допустимых пределов от 0,5 до 5.',
    ]);
    expect(errors(resolveWeights({ control: 5.01 }))).toEqual([
      'Контрольная работа: вес 5,01 вне допустимых пределов от 0,5 до 5.',
    ]);
    expect(errors(resolveWeights({ essay: 0 }))).toHaveLength(1);
    expect(errors(resolveWeights({ essay: -2 }))).toHaveLength(1);
  });

  it('refuses non-numbers, NaN and Infinity', () => {
    const bad = { answer: Number.NaN, test: Infinity, essay: '2' } as unknown as Partial<
      Record<WorkType, number>
    >;
    expect(errors(resolveWeights(bad))).toEqual([
      'Ответ на уроке: вес должен быть числом.',
      'Самостоятельная (проверочная) работа: вес должен быть числом.',
      'Сочинение: вес должен быть числом.',
    ]);
  });

  it('refuses unknown work types from settings', () => {
    const bad = { exam: 2 } as unknown as Partial<Record<WorkType, number>>;
    expect(errors(resolveWeights(bad))).toEqual(['Неизвестный вид работы «exam».']);
  });

  it('skips keys that are present but undefined', () => {
    expect(weights(resolveWeights({ answer: undefined }))).toEqual({ ...DEFAULT_WEIGHTS });
  });

  it('reports every problem at once', () => {
    const bad = { answer: 10, other: 0.1, project: 2, foo: 1 } as unknown as Partial<
      Record<WorkType, number>
    >;
    expect(errors(resolveWeights(bad))).toHaveLength(3);
  });
});
