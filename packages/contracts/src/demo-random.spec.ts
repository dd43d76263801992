import { describe, expect, it } from 'vitest';
import { lcgRandom, mulberry32 } from './demo-random.js';

describe.each([
  ['mulberry32', mulberry32],
  ['lcgRandom', lcgRandom],
])('%s', (_name, random) => {
  it('repeats its sequence for a seed, differs for another, and stays in [0, 1)', () => {
    const a = random(42);
    const b = random(42);
    const xs = Array.from({ length: 100 }, () => a());
    expect(Array.from({ length: 100 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(random(43)()).not.toBe(xs[0]);
  });
});

it('keeps the sequences the demo was built from', () => {
  // A changed generator would quietly change every demo school: names, timetable, marks.
  expect(mulberry32(1)()).toBeCloseTo(0.6270739405881613, 15);
  expect(lcgRandom(1)()).toBeCloseTo(0.23645552527159452, 15);
});
