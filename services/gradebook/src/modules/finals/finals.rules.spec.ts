import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MARK_COUNT_POLICY,
  checkFinalValue,
  forecast,
  marksToReach,
  minimumMarks,
  roundFinal,
  roundMean,
  suggestFinal,
  weightedMean,
  type FinalKind,
  type WeightedMark,
} from './finals.rules.js';
import { DEFAULT_WEIGHTS } from '../marks/index.js';

/** Marks of equal weight 1. */
const plain = (...values: number[]): WeightedMark[] =>
  values.map((numeric) => ({ numeric, weight: 1 }));

/**
 * Four marks whose mean is exactly (lo + hi) / 2 on paper, with weights w1 and w2 that binary
 * floating point cannot represent exactly, so the computed mean falls just below the half.
 */
const noisyHalf = (lo: number, hi: number, w1: number, w2: number): WeightedMark[] => [
  { numeric: lo, weight: w1 },
  { numeric: lo, weight: w2 },
  { numeric: hi, weight: w2 },
  { numeric: hi, weight: w1 },
];

describe('roundFinal (M6, 002 §6.3)', () => {
  it('applies the thresholds 2,5 → 3, 3,5 → 4, 4,5 → 5 exactly', () => {
    expect(roundFinal(2.49)).toBe(2);
    expect(roundFinal(2.5)).toBe(3);
    expect(roundFinal(3.49)).toBe(3);
    expect(roundFinal(3.5)).toBe(4);
    expect(roundFinal(4.49)).toBe(4);
    expect(roundFinal(4.5)).toBe(5);
  });

  it('uses the same half-up rule at 1,5, so «1» needs a mean below 1,5', () => {
    expect(roundFinal(1)).toBe(1);
    expect(roundFinal(1.49)).toBe(1);
    expect(roundFinal(1.5)).toBe(2);
  });

  it('keeps whole means and the ends of the scale', () => {
    expect(roundFinal(2)).toBe(2);
    expect(roundFinal(3)).toBe(3);
    expect(roundFinal(4)).toBe(4);
    expect(roundFinal(5)).toBe(5);
  });

  it('rounds computed means', () => {
    expect(roundFinal(7 / 2)).toBe(4);
    expect(roundFinal((4 * 2 + 3 * 1) / 3)).toBe(4); // 3,666…
    expect(roundFinal((3 * 2 + 4 * 1) / 3)).toBe(3); // 3,333…
    expect(roundFinal(13 / 3)).toBe(4); // 4,333…
  });

  it('rounds a mean that is a half on paper but just below it in binary up (float noise)', () => {
    const cases: [number, number, number, number, number][] = [
      [2, 3, 0.6, 0.8, 3],
      [3, 4, 0.5, 0.6, 4],
      [4, 5, 0.6, 0.8, 5],
    ];
    for (const [lo, hi, w1, w2, expected] of cases) {
      const mean = weightedMean(noisyHalf(lo, hi, w1, w2));
      // The precondition: binary arithmetic really did land below the threshold.
      expect(mean).not.toBeNull();
      expect(mean!).toBeLessThan((lo + hi) / 2);
      expect(roundFinal(mean!)).toBe(expected);
    }
    expect(roundFinal(2.4999999999)).toBe(3);
    expect(roundFinal(3.4999999999)).toBe(4);
    expect(roundFinal(4.4999999999)).toBe(5);
  });

  it('decides on the mean to hundredths, as the journal shows it', () => {
    expect(roundFinal(2.494)).toBe(2); // shown 2,49
    expect(roundFinal(2.4949)).toBe(2); // shown 2,49
    expect(roundFinal(2.495)).toBe(3); // shown 2,50
    expect(roundFinal(4.4951)).toBe(5); // shown 4,50
  });

  it('tolerates noise at the ends of the scale', () => {
    expect(roundFinal(5.0000000001)).toBe(5);
    expect(roundFinal(0.9999999999)).toBe(1);
  });

  it('throws on a mean that cannot come from five-point marks', () => {
    expect(() => roundFinal(0.99)).toThrow(RangeError);
    expect(() => roundFinal(5.01)).toThrow(RangeError);
    expect(() => roundFinal(0)).toThrow(RangeError);
    expect(() => roundFinal(Number.NaN)).toThrow(RangeError);
    expect(() => roundFinal(Infinity)).toThrow(RangeError);
  });
});

describe('roundMean', () => {
  it('gives two decimals, half-up, without float noise', () => {
    expect(roundMean(11 / 3)).toBe(3.67);
    expect(roundMean(10 / 3)).toBe(3.33);
    expect(roundMean(4.125)).toBe(4.13);
    expect(roundMean(2.495)).toBe(2.5);
    expect(roundMean(2.4999999999999996)).toBe(2.5);
    expect(roundMean(4)).toBe(4);
    // 1.005 · 100 is 100.49999999999999 in binary: naive rounding would give 1.00.
    expect(roundMean(1.005)).toBe(1.01);
    expect(roundMean(1.015)).toBe(1.02);
  });

  it('throws on a non-finite mean', () => {
    expect(() => roundMean(Number.NaN)).toThrow(RangeError);
  });
});

describe('weightedMean', () => {
  it('is null without marks', () => {
    expect(weightedMean([])).toBeNull();
  });

  it('is the arithmetic mean for equal weights', () => {
    expect(weightedMean(plain(5, 3))).toBe(4);
    expect(weightedMean(plain(5, 4, 4))).toBeCloseTo(13 / 3, 12);
  });

  it('counts heavier marks more', () => {
    expect(
      weightedMean([
        { numeric: 4, weight: 2 },
        { numeric: 3, weight: 1 },
      ]),
    ).toBeCloseTo(11 / 3, 12);
  });

  it('lets a control work decide where the arithmetic mean would not (M6 default weights)', () => {
    const marks = [
      { numeric: 5, weight: DEFAULT_WEIGHTS.answer },
      { numeric: 4, weight: DEFAULT_WEIGHTS.control },
    ];
    expect(roundFinal(weightedMean(plain(5, 4))!)).toBe(5); // 4,5
    expect(weightedMean(marks)).toBeCloseTo(13 / 3, 12);
    expect(roundFinal(weightedMean(marks)!)).toBe(4);
  });

  it('refuses zero, negative and non-finite weights and marks', () => {
    expect(() => weightedMean([{ numeric: 5, weight: 0 }])).toThrow(RangeError);
    expect(() => weightedMean([{ numeric: 5, weight: -1 }])).toThrow(RangeError);
    expect(() => weightedMean([{ numeric: 5, weight: Infinity }])).toThrow(RangeError);
    expect(() => weightedMean([{ numeric: Number.NaN, weight: 1 }])).toThrow(RangeError);
  });
});

describe('minimumMarks (M6, 000 §8.2)', () => {
  it('asks for 3 marks at up to 2 hours a week and 5 above', () => {
    expect(minimumMarks(0.5)).toBe(3);
    expect(minimumMarks(1)).toBe(3);
    expect(minimumMarks(2)).toBe(3);
    expect(minimumMarks(2.5)).toBe(5);
    expect(minimumMarks(3)).toBe(5);
    expect(minimumMarks(6)).toBe(5);
  });

  it('follows a school policy', () => {
    const policy = { upTo2Hours: 4, moreHours: 6 };
    expect(minimumMarks(2, policy)).toBe(4);
    expect(minimumMarks(3, policy)).toBe(6);
    expect(minimumMarks(3, { upTo2Hours: 3, moreHours: 3 })).toBe(3);
  });

  it('has a frozen default policy', () => {
    expect(DEFAULT_MARK_COUNT_POLICY).toEqual({ upTo2Hours: 3, moreHours: 5 });
    expect(Object.isFrozen(DEFAULT_MARK_COUNT_POLICY)).toBe(true);
  });

  it('throws on impossible hours and policies', () => {
    expect(() => minimumMarks(0)).toThrow(RangeError);
    expect(() => minimumMarks(-1)).toThrow(RangeError);
    expect(() => minimumMarks(Number.NaN)).toThrow(RangeError);
    expect(() => minimumMarks(2, { upTo2Hours: 0, moreHours: 5 })).toThrow(RangeError);
    expect(() => minimumMarks(2, { upTo2Hours: 2.5, moreHours: 5 })).toThrow(RangeError);
    expect(() => minimumMarks(3, { upTo2Hours: 5, moreHours: 4 })).toThrow(RangeError);
    expect(() => minimumMarks(3, { upTo2Hours: 3, moreHours: 4.5 })).toThrow(RangeError);
  });
});

describe('suggestFinal', () => {
  it('suggests the rounded weighted mean when there are enough marks', () => {
    expect(suggestFinal({ marks: plain(5, 4, 4), hoursPerWeek: 2 })).toEqual({
      suggested: 4,
      mean: 4.33,
      enough: true,
      required: 3,
      count: 3,
    });
  });

  it('suggests nothing with too few marks at 2 h/week, but shows the mean', () => {
    expect(suggestFinal({ marks: plain(5, 4), hoursPerWeek: 2 })).toEqual({
      suggested: null,
      mean: 4.5,
      enough: false,
      required: 3,
      count: 2,
    });
  });

  it('needs 5 marks at 3 h/week: 3 are not enough, 5 are', () => {
    const three = suggestFinal({ marks: plain(5, 5, 4), hoursPerWeek: 3 });
    expect(three).toMatchObject({ suggested: null, enough: false, required: 5, count: 3 });
    const four = suggestFinal({ marks: plain(5, 5, 4, 4), hoursPerWeek: 3 });
    expect(four).toMatchObject({ suggested: null, enough: false, count: 4 });
    const five = suggestFinal({ marks: plain(5, 5, 4, 4, 3), hoursPerWeek: 3 });
    expect(five).toEqual({ suggested: 4, mean: 4.2, enough: true, required: 5, count: 5 });
  });

  it('returns nulls without marks', () => {
    expect(suggestFinal({ marks: [], hoursPerWeek: 1 })).toEqual({
      suggested: null,
      mean: null,
      enough: false,
      required: 3,
      count: 0,
    });
  });

  it('honours a school policy', () => {
    const r = suggestFinal({
      marks: plain(5, 5, 4),
      hoursPerWeek: 1,
      policy: { upTo2Hours: 4, moreHours: 6 },
    });
    expect(r).toMatchObject({ suggested: null, enough: false, required: 4 });
  });

  it('counts pass/fail marks toward the minimum without averaging them', () => {
    const r = suggestFinal({ marks: plain(5, 4), markCount: 3, hoursPerWeek: 2 });
    expect(r).toMatchObject({ suggested: 5, mean: 4.5, enough: true, count: 3 });
    const none = suggestFinal({ marks: [], markCount: 3, hoursPerWeek: 2 });
    expect(none).toMatchObject({ suggested: null, mean: null, enough: true });
  });

  it('suggests «3» for a noisy 2,5 and shows 2,50', () => {
    const r = suggestFinal({ marks: noisyHalf(2, 3, 0.6, 0.8), hoursPerWeek: 2 });
    expect(r).toMatchObject({ suggested: 3, mean: 2.5, enough: true });
  });
});

describe('checkFinalValue (M7, 000 §8.3)', () => {
  const refusedKinds: FinalKind[] = ['period', 'year', 'final'];
  const notAttested = [
    'н/а',
    'на',
    'н/а.',
    'Н/А',
    ' н / а ',
    'н.а.',
    'н\\а',
    'n/a',
    'NA',
    'не аттестован',
    'неаттестована',
    'неатт.',
  ];
  const exempt = [
    'освобождён',
    'освобожден',
    'осв.',
    'осв',
    'Освоб.',
    'освобождена',
    'ОСВОБОЖДЁН',
    'exempt',
  ];

  it('refuses every spelling of «н/а» and says to defer the final for an ill student', () => {
    for (const kind of refusedKinds) {
      for (const raw of notAttested) {
        const r = checkFinalValue(raw, kind);
        expect(r, `${raw} as ${kind}`).toMatchObject({ ok: false, code: 'not_attested' });
        if (!r.ok) {
          expect(r.message).toContain(`«${raw.trim()}»`);
          expect(r.message).toContain('отсрочку');
        }
      }
    }
  });

  it('refuses every spelling of «освобождён» and says to grade the theory', () => {
    for (const kind of refusedKinds) {
      for (const raw of exempt) {
        const r = checkFinalValue(raw, kind);
        expect(r, `${raw} as ${kind}`).toMatchObject({ ok: false, code: 'exempt' });
        if (!r.ok) {
          expect(r.message).toContain('специальной медицинской группы');
          expect(r.message).toContain('теоретические знания');
          expect(r.message).toContain('отсрочку');
        }
      }
    }
  });

  it('names the kind of final in the message', () => {
    const year = checkFinalValue('н/а', 'year');
    expect(year.ok ? '' : year.message).toContain('в качестве годовой отметки');
    const period = checkFinalValue('осв.', 'period');
    expect(period.ok ? '' : period.message).toContain('в качестве отметки за учебный период');
    const final = checkFinalValue('на', 'final');
    expect(final.ok ? '' : final.message).toContain('в качестве итоговой отметки');
  });

  it('lets ordinary marks and unrelated text through (their validity is checked elsewhere)', () => {
    for (const raw of ['5', '2', 'зачёт', 'незачёт', '', 'н', 'ос', 'нн/а', 'новая']) {
      expect(checkFinalValue(raw, 'year'), raw).toEqual({ ok: true });
    }
  });

  it('does not apply to exam marks, where an exemption by order is lawful', () => {
    expect(checkFinalValue('освобождён', 'exam')).toEqual({ ok: true });
    expect(checkFinalValue('н/а', 'exam')).toEqual({ ok: true });
  });
});

describe('forecast (M8)', () => {
  it('predicts the rounded weighted mean even before there are enough marks', () => {
    expect(forecast(plain(5, 4, 4, 3), 3, 1)).toEqual({
      predicted: 4,
      mean: 4,
      count: 4,
      required: 5,
      missing: 1,
      canReachMinimum: true,
    });
  });

  it('warns when the missing marks no longer fit into the lessons left', () => {
    expect(forecast(plain(5, 4, 4, 3), 3, 0).canReachMinimum).toBe(false);
    expect(forecast(plain(5), 2, 1)).toMatchObject({ missing: 2, canReachMinimum: false });
    expect(forecast(plain(5), 2, 2)).toMatchObject({ missing: 2, canReachMinimum: true });
  });

  it('needs nothing more once the minimum is there', () => {
    expect(forecast(plain(3, 3, 2), 2, 0)).toMatchObject({
      predicted: 3,
      missing: 0,
      canReachMinimum: true,
    });
  });

  it('predicts nothing without marks', () => {
    expect(forecast([], 2, 3)).toEqual({
      predicted: null,
      mean: null,
      count: 0,
      required: 3,
      missing: 3,
      canReachMinimum: true,
    });
  });

  it('rounds a noisy half up, like the suggestion', () => {
    expect(forecast(noisyHalf(4, 5, 0.6, 0.8), 2, 0).predicted).toBe(5);
  });

  it('throws on an impossible number of lessons', () => {
    expect(() => forecast([], 2, -1)).toThrow(RangeError);
    expect(() => forecast([], 2, 1.5)).toThrow(RangeError);
  });
});

describe('marksToReach (M8)', () => {
  const final = (marks: WeightedMark[]): number => roundFinal(weightedMean(marks)!);

  it('needs nothing when the target is already reached', () => {
    expect(marksToReach(4, plain(4, 4, 3), 1)).toEqual([]);
    expect(marksToReach(3, plain(5), 1, 0)).toEqual([]);
  });

  it('finds a single mark when one is enough', () => {
    expect(marksToReach(4, plain(3, 3), 1)).toEqual([5]); // (6 + 4) / 3 = 3,33 is not enough
    expect(marksToReach(5, plain(4), 1)).toEqual([5]);
  });

  it('asks for less when the next work weighs more', () => {
    // A control work (weight 2): (3 + 3 + 2·4) / 4 = 3,5 → «4».
    expect(marksToReach(4, plain(3, 3), 2)).toEqual([4]);
  });

  it('finds the shortest list', () => {
    expect(marksToReach(4, plain(2, 2, 2), 1)).toEqual([5, 5, 5]); // (6 + 15) / 6 = 3,5
    expect(marksToReach(5, plain(3), 1)).toEqual([5, 5, 5]); // (3 + 15) / 4 = 4,5
  });

  it('returns the least demanding list of that length', () => {
    // (9 + 19) / 8 = 3,5 is enough, so the fourth mark may be a «4».
    expect(marksToReach(4, plain(2, 2, 2, 3), 1)).toEqual([5, 5, 5, 4]);
    expect(marksToReach(4, plain(3, 3, 3, 3), 1)).toEqual([5, 4]); // (12 + 9) / 6 = 3,5
  });

  it('starts from the target itself without marks', () => {
    expect(marksToReach(2, [], 1)).toEqual([2]);
    expect(marksToReach(4, [], 1)).toEqual([4]);
    expect(marksToReach(5, [], 2)).toEqual([5]);
  });

  it('gives up beyond maxMarks: two «2» need ten «5» for a «5»', () => {
    expect(marksToReach(5, plain(2, 2), 1)).toEqual(Array(10).fill(5)); // (4 + 50) / 12 = 4,5
    expect(marksToReach(5, plain(2, 2), 1, 9)).toBeNull();
    expect(marksToReach(4, plain(2), 1, 0)).toBeNull();
  });

  it('always returns a list that reaches the target and none shorter or lower does', () => {
    const starts = [plain(2), plain(2, 3), plain(3, 3, 4), plain(2, 2, 5), plain(4, 3, 2, 2, 3)];
    for (const start of starts) {
      for (const target of [3, 4, 5]) {
        for (const w of [1, 1.5, 2]) {
          const list = marksToReach(target, start, w, 20);
          expect(list, `${target} from ${JSON.stringify(start)}`).not.toBeNull();
          if (!list || list.length === 0) continue;
          const withList = [...start, ...list.map((numeric) => ({ numeric, weight: w }))];
          expect(final(withList)).toBeGreaterThanOrEqual(target);
          // One fewer mark, even a «5», does not reach it.
          const shorter = [...start, ...list.slice(1).map(() => ({ numeric: 5, weight: w }))];
          expect(final(shorter)).toBeLessThan(target);
          // Lowering the lowest mark by one does not reach it either (unless it is already 2).
          const lowest = list[list.length - 1]!;
          if (lowest > 2) {
            const lower = [...list.slice(0, -1), lowest - 1];
            const withLower = [...start, ...lower.map((numeric) => ({ numeric, weight: w }))];
            expect(final(withLower)).toBeLessThan(target);
          }
          // Highest first, each 2..5.
          expect([...list].sort((a, b) => b - a)).toEqual(list);
          for (const m of list) expect(m >= 2 && m <= 5).toBe(true);
        }
      }
    }
  });

  it('throws on an impossible target, weight or limit', () => {
    expect(() => marksToReach(1, [], 1)).toThrow(RangeError);
    expect(() => marksToReach(6, [], 1)).toThrow(RangeError);
    expect(() => marksToReach(3.5, [], 1)).toThrow(RangeError);
    expect(() => marksToReach(4, [], 0)).toThrow(RangeError);
    expect(() => marksToReach(4, [], Number.NaN)).toThrow(RangeError);
    expect(() => marksToReach(4, [], 1, -1)).toThrow(RangeError);
    expect(() => marksToReach(4, [], 1, 2.5)).toThrow(RangeError);
  });
});
