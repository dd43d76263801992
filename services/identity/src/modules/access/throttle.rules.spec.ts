import { describe, expect, it } from 'vitest';
import { decideLoginAttempt, DEFAULT_THROTTLE } from './throttle.rules.js';

const now = new Date('2026-11-23T10:00:00Z');
const ago = (s: number) => new Date(now.getTime() - s * 1000);

describe('decideLoginAttempt', () => {
  it('allows the first failures', () => {
    expect(
      decideLoginAttempt({ account: [ago(1), ago(2), ago(3), ago(4)], source: 4 }, now),
    ).toEqual({ allowed: true });
  });

  it('locks the account after the free failures, for the base delay', () => {
    const d = decideLoginAttempt(
      { account: [ago(1), ago(2), ago(3), ago(4), ago(5)], source: 5 },
      now,
    );
    expect(d).toEqual({ allowed: false, retryAfterSeconds: 29 });
  });

  it('doubles the delay with each further failure, up to the maximum', () => {
    const seven = Array.from({ length: 7 }, (_, i) => ago(i));
    expect(decideLoginAttempt({ account: seven, source: 7 }, now)).toEqual({
      allowed: false,
      retryAfterSeconds: 120,
    });
    const many = Array.from({ length: 40 }, (_, i) => ago(i));
    expect(decideLoginAttempt({ account: many, source: 40 }, now)).toEqual({
      allowed: false,
      retryAfterSeconds: DEFAULT_THROTTLE.accountMaxLockMs / 1000,
    });
  });

  it('lets the account try again once the lock has passed', () => {
    expect(
      decideLoginAttempt(
        { account: [ago(31), ago(40), ago(50), ago(60), ago(70)], source: 5 },
        now,
      ),
    ).toEqual({
      allowed: true,
    });
  });

  it('blocks a source that fails across many accounts', () => {
    expect(
      decideLoginAttempt({ account: [], source: DEFAULT_THROTTLE.sourceMaxFailures }, now),
    ).toMatchObject({
      allowed: false,
    });
  });
});
