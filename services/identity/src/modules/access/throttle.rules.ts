/**
 * Limits on failed logins (docs/adr/0007-login-throttling.md). The delay belongs to a pair: one
 * login tried from one client address. Nobody can lock a teacher out by failing on her login
 * from elsewhere: an address that has not been failing on a login always gets its password
 * checked. A ceiling per login, across every address, makes each new address of a distributed
 * attack worth fewer guesses. A cap per address stops one address spraying many logins.
 */
export interface ThrottlePolicy {
  /** How long a failure of a pair counts (unless a success from that pair came after it). */
  pairWindowMs: number;
  /** Failures of a pair answered without any delay. */
  pairFreeFailures: number;
  /** The first delay after the free failures; it doubles with every further failure. */
  pairBaseDelayMs: number;
  pairMaxDelayMs: number;
  /** How long failures count towards the login's ceiling and the address's cap. */
  windowMs: number;
  /** Failures of one login from all addresses within the window that mean it is under attack. */
  accountCeiling: number;
  /** While a login is under attack: free failures of a pair, and the first delay after them. */
  underAttackFreeFailures: number;
  underAttackBaseDelayMs: number;
  /** Failures from one address across all logins within the window. */
  sourceMaxFailures: number;
}

export const DEFAULT_THROTTLE: ThrottlePolicy = {
  pairWindowMs: 24 * 60 * 60_000,
  pairFreeFailures: 5,
  // OWASP: an exponential delay that starts very short costs a mistyping teacher nothing.
  pairBaseDelayMs: 1_000,
  pairMaxDelayMs: 15 * 60_000,
  windowMs: 15 * 60_000,
  // A teacher does not mistype her password 20 times in 15 minutes; an attack does.
  accountCeiling: 20,
  underAttackFreeFailures: 1,
  underAttackBaseDelayMs: 60_000,
  // A whole school often shares one NAT address: the address cap must not lock out a building.
  sourceMaxFailures: 500,
};

export interface LoginHistory {
  /**
   * Checked failures of this login from this address within the pair window that came after the
   * pair's last success, newest first (see `failuresSinceLastSuccess`).
   */
  pair: Date[];
  /** Checked failures of this login from every address within the window. */
  account: number;
  /** Checked failures from this address, for every login, within the window. */
  source: number;
}

export type ThrottleDecision =
  { allowed: true } | { allowed: false; retryAfterSeconds: number; reason: 'pair' | 'source' };

/** The delay a pair owes after `failures` checked failures, or 0 while they are still free. */
export function pairDelayMs(
  failures: number,
  underAttack: boolean,
  policy: ThrottlePolicy = DEFAULT_THROTTLE,
): number {
  const free = underAttack ? policy.underAttackFreeFailures : policy.pairFreeFailures;
  if (failures < free) return 0;
  const base = underAttack ? policy.underAttackBaseDelayMs : policy.pairBaseDelayMs;
  // The exponent is capped so that a long history cannot overflow to Infinity.
  return Math.min(base * 2 ** Math.min(failures - free, 40), policy.pairMaxDelayMs);
}

/**
 * Decides whether a login attempt may have its password checked. Attempts refused here are not
 * failures: they are not recorded and extend no delay, so a flood during a delay changes nothing.
 */
export function decideLoginAttempt(
  history: LoginHistory,
  now: Date,
  policy: ThrottlePolicy = DEFAULT_THROTTLE,
): ThrottleDecision {
  if (history.source >= policy.sourceMaxFailures) {
    return {
      allowed: false,
      retryAfterSeconds: Math.ceil(policy.windowMs / 1000),
      reason: 'source',
    };
  }
  const last = history.pair[0];
  if (!last) return { allowed: true };
  const underAttack = history.account >= policy.accountCeiling;
  const delay = pairDelayMs(history.pair.length, underAttack, policy);
  const until = last.getTime() + delay;
  if (now.getTime() >= until) return { allowed: true };
  return {
    allowed: false,
    retryAfterSeconds: Math.ceil((until - now.getTime()) / 1000),
    reason: 'pair',
  };
}

/** A pair's recorded attempts, newest first, reduced to the failures after its last success. */
export function failuresSinceLastSuccess(
  attempts: { attemptedAt: Date; succeeded: boolean }[],
): Date[] {
  const failures: Date[] = [];
  for (const attempt of attempts) {
    if (attempt.succeeded) break;
    failures.push(attempt.attemptedAt);
  }
  return failures;
}
