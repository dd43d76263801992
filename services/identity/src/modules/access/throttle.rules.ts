/** Limits on failed logins. Account limits stop guessing one password; source limits stop spraying. */
export interface ThrottlePolicy {
  windowMs: number;
  accountFreeFailures: number;
  accountBaseLockMs: number;
  accountMaxLockMs: number;
  sourceMaxFailures: number;
}

export const DEFAULT_THROTTLE: ThrottlePolicy = {
  windowMs: 15 * 60_000,
  accountFreeFailures: 5,
  accountBaseLockMs: 30_000,
  accountMaxLockMs: 15 * 60_000,
  // A whole school often shares one NAT address: the source limit must not lock out a building.
  sourceMaxFailures: 500,
};

export interface RecentFailures {
  /** Failed attempts for this login within the window, newest first. */
  account: Date[];
  /** Number of failed attempts from this source within the window. */
  source: number;
}

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Decides whether a login attempt may be checked at all. After the free failures the account is
 * locked for a delay that doubles with every further failure, up to the maximum.
 */
export function decideLoginAttempt(
  failures: RecentFailures,
  now: Date,
  policy: ThrottlePolicy = DEFAULT_THROTTLE,
): ThrottleDecision {
  if (failures.source >= policy.sourceMaxFailures) {
    return { allowed: false, retryAfterSeconds: Math.ceil(policy.windowMs / 1000) };
  }
  const count = failures.account.length;
  if (count < policy.accountFreeFailures) return { allowed: true };
  const last = failures.account[0]!;
  const lockMs = Math.min(
    policy.accountBaseLockMs * 2 ** (count - policy.accountFreeFailures),
    policy.accountMaxLockMs,
  );
  const until = last.getTime() + lockMs;
  if (now.getTime() >= until) return { allowed: true };
  return { allowed: false, retryAfterSeconds: Math.ceil((until - now.getTime()) / 1000) };
}
