import { describe, expect, it } from 'vitest';
import {
  parseRevocationCursor,
  revocationFeedFrom,
  revocationFeedPolicy,
} from './revocation.rules.js';

const policy = revocationFeedPolicy(600);
const now = Date.parse('2026-11-23T10:00:00Z');

describe('revocationFeedPolicy', () => {
  it('keeps revocations for the token lifetime plus skew, and overlaps polls by 30 s', () => {
    expect(policy).toEqual({ retentionMs: 660_000, overlapMs: 30_000 });
  });
});

describe('parseRevocationCursor', () => {
  it('reads a millisecond cursor', () => {
    expect(parseRevocationCursor(String(now))).toBe(now);
    expect(parseRevocationCursor('0')).toBe(0);
  });

  it('treats a missing or malformed cursor as a first load', () => {
    for (const bad of [null, '', '-5', '1.5', 'abc', '1e12', ' 1', '1'.repeat(16)]) {
      expect(parseRevocationCursor(bad)).toBeNull();
    }
  });
});

describe('revocationFeedFrom', () => {
  it('loads the whole retention on a first load', () => {
    expect(revocationFeedFrom(null, now, policy).getTime()).toBe(now - 660_000);
  });

  it('reaches back the overlap before the cursor', () => {
    expect(revocationFeedFrom(now - 1_000, now, policy).getTime()).toBe(now - 31_000);
  });

  it('never reaches back further than the retention', () => {
    expect(revocationFeedFrom(0, now, policy).getTime()).toBe(now - 660_000);
    expect(revocationFeedFrom(now - 640_000, now, policy).getTime()).toBe(now - 660_000);
  });

  it('treats a cursor from the future as now', () => {
    expect(revocationFeedFrom(now + 3_600_000, now, policy).getTime()).toBe(now - 30_000);
  });
});
