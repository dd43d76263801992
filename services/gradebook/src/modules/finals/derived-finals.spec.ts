import { describe, expect, it } from 'vitest';
import { suggestFinalMark, suggestYearFinal } from './finals.rules.js';
import { fivePointValue } from '../marks/index.js';

describe('year mark from period finals (M1, M6)', () => {
  it('rounds the mean of the quarters with the thresholds', () => {
    expect(suggestYearFinal([4, 4, 5, 5], 4)).toMatchObject({ suggested: 5, mean: 4.5 });
    expect(suggestYearFinal([3, 4, 4, 3], 4)).toMatchObject({ suggested: 4, mean: 3.5 });
    expect(suggestYearFinal([3, 3, 4], 3)).toMatchObject({ suggested: 3, mean: 3.33 });
    expect(suggestYearFinal([2, 3], 2)).toMatchObject({ suggested: 3, mean: 2.5 });
  });

  it('waits for every period, a deferred one included', () => {
    const verdict = suggestYearFinal([5, 5, null, 4], 4);
    expect(verdict).toMatchObject({ suggested: null, enough: false });
    expect(verdict.missing).toContain('1 из 4');
    expect(suggestYearFinal([5, 5], 4).enough).toBe(false);
  });

  it('refuses a year without periods', () => {
    expect(() => suggestYearFinal([], 0)).toThrow(RangeError);
  });
});

describe('final mark from the year and the exam', () => {
  it('is the rounded mean of year and exam marks', () => {
    expect(suggestFinalMark(4, 5).suggested).toBe(5);
    expect(suggestFinalMark(3, 4).suggested).toBe(4);
    expect(suggestFinalMark(4, 2).suggested).toBe(3);
    expect(suggestFinalMark(5, 5).suggested).toBe(5);
  });

  it('is the year mark without an exam, and nothing without a year mark', () => {
    expect(suggestFinalMark(4, null)).toMatchObject({ suggested: 4, enough: true });
    expect(suggestFinalMark(null, 5)).toMatchObject({ suggested: null, enough: false });
  });
});

describe('five-point value of a mark (M2)', () => {
  it('converts ten- and hundred-point marks by the tables, keeps five-point ones', () => {
    expect(fivePointValue('five_point', '4')).toBe(4);
    expect(fivePointValue('ten_point', '8')).toBe(4);
    expect(fivePointValue('ten_point', '9')).toBe(5);
    expect(fivePointValue('hundred_point', '84')).toBe(4);
    expect(fivePointValue('hundred_point', '85')).toBe(5);
  });

  it('gives nothing to average for pass/fail', () => {
    expect(fivePointValue('pass_fail', 'зачёт')).toBeNull();
  });
});
