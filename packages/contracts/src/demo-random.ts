/**
 * Deterministic pseudo-random numbers in [0, 1) for the demo school and tests: the same seed
 * gives the same sequence, so every demo start shows the same school, timetable and journal.
 * Never for anything that must be unpredictable.
 */

/** mulberry32: the class lists and the timetable. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A linear congruential generator: the seeded marks and attendance (kept for their history). */
export function lcgRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
