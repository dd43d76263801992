import { describe, expect, it } from 'vitest';
import { applySettingsChange, changedScales, DEFAULT_SETTINGS } from './settings.rules.js';

describe('applying a settings change (M2, M6)', () => {
  it('keeps what the change leaves out and applies what it sets', () => {
    const r = applySettingsChange(DEFAULT_SETTINGS, {
      weights: [{ workType: 'control', weight: 3 }],
      minMarksMoreHours: 6,
      subjectScales: [{ subjectId: 'music', scale: 'pass_fail' }],
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.settings.weights.control).toBe(3);
    expect(r.settings.weights.answer).toBe(DEFAULT_SETTINGS.weights.answer);
    expect(r.settings.policy).toEqual({ upTo2Hours: 3, moreHours: 6 });
    expect(r.settings.subjectScales).toEqual({ music: 'pass_fail' });
    // The defaults object itself is never changed.
    expect(DEFAULT_SETTINGS.weights.control).not.toBe(3);
  });

  it('drops a subject set back to the five-point scale', () => {
    const current = { ...DEFAULT_SETTINGS, subjectScales: { music: 'pass_fail' as const } };
    const r = applySettingsChange(current, {
      subjectScales: [{ subjectId: 'music', scale: 'five_point' }],
    });
    expect(r.ok && r.settings.subjectScales).toEqual({});
  });

  it('reports every problem at once', () => {
    const r = applySettingsChange(DEFAULT_SETTINGS, {
      weights: [{ workType: 'magic', weight: 1 }],
      minMarksUpTo2Hours: 0,
      minMarksMoreHours: 21,
      subjectScales: [{ subjectId: 'x', scale: 'twelve_point' }],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(4);
    expect(r.errors.join(' ')).toMatch(/магия|«magic»/);
  });

  it('never lets more hours need fewer marks', () => {
    const r = applySettingsChange(DEFAULT_SETTINGS, {
      minMarksUpTo2Hours: 5,
      minMarksMoreHours: 4,
    });
    expect(r.ok).toBe(false);
  });
});

describe('which subjects change scale', () => {
  it('compares with the five-point default for unlisted subjects', () => {
    expect(changedScales({}, { music: 'pass_fail' })).toEqual(['music']);
    expect(changedScales({ music: 'pass_fail' }, {})).toEqual(['music']);
    expect(changedScales({ music: 'pass_fail' }, { music: 'pass_fail' })).toEqual([]);
  });
});
