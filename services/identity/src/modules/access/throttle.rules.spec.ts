import { describe, expect, it } from 'vitest';
import {
  decideLoginAttempt,
  DEFAULT_THROTTLE,
  failuresSinceLastSuccess,
  pairDelayMs,
  type LoginHistory,
} from './throttle.rules.js';

const now = new Date('2026-11-23T10:00:00Z');
const ago = (s: number) => new Date(now.getTime() - s * 1000);
/** `n` failures of the pair, the newest `newestAgo` seconds ago, one second apart. */
const failures = (n: number, newestAgo = 0) =>
  Array.from({ length: n }, (_, i) => ago(newestAgo + i));
const history = (over: Partial<LoginHistory>): LoginHistory => ({
  pair: [],
  account: 0,
  source: 0,
  ...over,
});

describe('pairDelayMs', () => {
  it('owes nothing during the free failures', () => {
    for (let n = 0; n < DEFAULT_THROTTLE.pairFreeFailures; n++) {
      expect(pairDelayMs(n, false)).toBe(0);
    }
  });

  it('starts at the base delay and doubles with every further failure', () => {
    expect(pairDelayMs(5, false)).toBe(1_000);
    expect(pairDelayMs(6, false)).toBe(2_000);
    expect(pairDelayMs(7, false)).toBe(4_000);
    expect(pairDelayMs(14, false)).toBe(512_000);
  });

  it('never exceeds the maximum, however long the history', () => {
    expect(pairDelayMs(15, false)).toBe(DEFAULT_THROTTLE.pairMaxDelayMs);
    expect(pairDelayMs(10_000, false)).toBe(DEFAULT_THROTTLE.pairMaxDelayMs);
    expect(pairDelayMs(10_000, true)).toBe(DEFAULT_THROTTLE.pairMaxDelayMs);
  });

  it('under attack gives one free failure and starts at the longer delay', () => {
    expect(pairDelayMs(0, true)).toBe(0);
    expect(pairDelayMs(1, true)).toBe(60_000);
    expect(pairDelayMs(2, true)).toBe(120_000);
    expect(pairDelayMs(5, true)).toBe(DEFAULT_THROTTLE.pairMaxDelayMs);
  });
});

describe('decideLoginAttempt', () => {
  it('checks the password of a pair with no failures', () => {
    expect(decideLoginAttempt(history({}), now)).toEqual({ allowed: true });
  });

  it('checks the password during the free failures', () => {
    expect(decideLoginAttempt(history({ pair: failures(4), account: 4 }), now)).toEqual({
      allowed: true,
    });
  });

  it('delays the pair after the free failures, by the base delay from the newest failure', () => {
    expect(decideLoginAttempt(history({ pair: failures(5), account: 5 }), now)).toEqual({
      allowed: false,
      retryAfterSeconds: 1,
      reason: 'pair',
    });
  });

  it('grows the delay with every checked failure', () => {
    const retry = (n: number) => {
      const d = decideLoginAttempt(history({ pair: failures(n), account: n }), now);
      return d.allowed ? 0 : d.retryAfterSeconds;
    };
    expect([5, 6, 7, 8, 9].map(retry)).toEqual([1, 2, 4, 8, 16]);
    expect(retry(60)).toBe(DEFAULT_THROTTLE.pairMaxDelayMs / 1000);
  });

  it('counts the delay from the newest failure and rounds the wait up', () => {
    // 7 failures owe 4 s; the newest was 2.5 s ago, so 1.5 s remain: wait 2 s.
    const pair = [new Date(now.getTime() - 2_500), ...failures(6, 10)];
    expect(decideLoginAttempt(history({ pair, account: 7 }), now)).toEqual({
      allowed: false,
      retryAfterSeconds: 2,
      reason: 'pair',
    });
  });

  it('checks the password again once the delay has passed, to the millisecond', () => {
    expect(decideLoginAttempt(history({ pair: failures(7, 4), account: 7 }), now)).toEqual({
      allowed: true,
    });
    const justBefore = [new Date(now.getTime() - 3_999), ...failures(6, 10)];
    expect(decideLoginAttempt(history({ pair: justBefore, account: 7 }), now)).toMatchObject({
      allowed: false,
      retryAfterSeconds: 1,
    });
  });

  it('never delays an address that has not been failing, even on a login under attack', () => {
    expect(decideLoginAttempt(history({ pair: [], account: 10_000, source: 0 }), now)).toEqual({
      allowed: true,
    });
    expect(
      decideLoginAttempt(
        history({ pair: [], account: 10_000, source: DEFAULT_THROTTLE.sourceMaxFailures - 1 }),
        now,
      ),
    ).toEqual({ allowed: true });
  });

  it('under attack delays a failing address after its first failure, for a minute', () => {
    const attacked = history({ pair: failures(1), account: DEFAULT_THROTTLE.accountCeiling });
    expect(decideLoginAttempt(attacked, now)).toEqual({
      allowed: false,
      retryAfterSeconds: 60,
      reason: 'pair',
    });
    // One failure below the ceiling the same pair is still within its free failures.
    const calm = history({ pair: failures(1), account: DEFAULT_THROTTLE.accountCeiling - 1 });
    expect(decideLoginAttempt(calm, now)).toEqual({ allowed: true });
  });

  it('refuses an address that fails across many logins, whatever the login', () => {
    expect(
      decideLoginAttempt(history({ source: DEFAULT_THROTTLE.sourceMaxFailures }), now),
    ).toEqual({
      allowed: false,
      retryAfterSeconds: DEFAULT_THROTTLE.windowMs / 1000,
      reason: 'source',
    });
    expect(
      decideLoginAttempt(history({ source: DEFAULT_THROTTLE.sourceMaxFailures - 1 }), now),
    ).toEqual({ allowed: true });
  });

  it('follows the policy it is given', () => {
    const policy = { ...DEFAULT_THROTTLE, pairFreeFailures: 1, pairBaseDelayMs: 10_000 };
    expect(decideLoginAttempt(history({ pair: failures(1), account: 1 }), now, policy)).toEqual({
      allowed: false,
      retryAfterSeconds: 10,
      reason: 'pair',
    });
  });
});

describe('failuresSinceLastSuccess', () => {
  it('keeps every failure when the pair never succeeded', () => {
    const rows = [
      { attemptedAt: ago(1), succeeded: false },
      { attemptedAt: ago(2), succeeded: false },
    ];
    expect(failuresSinceLastSuccess(rows)).toEqual([ago(1), ago(2)]);
  });

  it('forgets the failures before the newest success', () => {
    const rows = [
      { attemptedAt: ago(1), succeeded: false },
      { attemptedAt: ago(2), succeeded: true },
      { attemptedAt: ago(3), succeeded: false },
      { attemptedAt: ago(4), succeeded: false },
    ];
    expect(failuresSinceLastSuccess(rows)).toEqual([ago(1)]);
  });

  it('is empty right after a success and for no attempts', () => {
    expect(failuresSinceLastSuccess([{ attemptedAt: ago(1), succeeded: true }])).toEqual([]);
    expect(failuresSinceLastSuccess([])).toEqual([]);
  });
});
