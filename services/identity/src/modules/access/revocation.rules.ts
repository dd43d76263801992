/**
 * The revocation feed the gateway polls (docs/adr/0008-revocation-at-the-gateway.md): which
 * revoked sessions one poll returns. Only sessions whose access tokens may still be alive matter,
 * so the feed never reaches back further than the longest access-token lifetime.
 */
export interface RevocationFeedPolicy {
  /** The access-token lifetime plus clock skew: how long a revoked session's tokens can live. */
  retentionMs: number;
  /**
   * How far each poll reaches back before its cursor. A session's revocation time is taken before
   * its transaction commits, so a revocation can become visible a little after a later one.
   */
  overlapMs: number;
}

export const REVOCATION_OVERLAP_MS = 30_000;
/** Tokens are accepted this much past `exp` (the gateway's tolerance) plus the clocks' skew. */
export const REVOCATION_SKEW_MS = 60_000;

export function revocationFeedPolicy(accessTokenTtlSeconds: number): RevocationFeedPolicy {
  return {
    retentionMs: accessTokenTtlSeconds * 1000 + REVOCATION_SKEW_MS,
    overlapMs: REVOCATION_OVERLAP_MS,
  };
}

/**
 * The cursor a poll sent (the `cursor` of the previous answer, in milliseconds), or null for
 * a first load; anything that is not a plain non-negative integer counts as a first load.
 */
export function parseRevocationCursor(value: string | null): number | null {
  if (value === null || !/^\d{1,15}$/.test(value)) return null;
  return Number(value);
}

/** Sessions revoked after this instant are returned; a first load gets the whole retention. */
export function revocationFeedFrom(
  cursor: number | null,
  now: number,
  policy: RevocationFeedPolicy,
): Date {
  const oldest = now - policy.retentionMs;
  if (cursor === null) return new Date(oldest);
  // A cursor from the future (another clock) still gets the overlap; never more than retention.
  return new Date(Math.max(oldest, Math.min(cursor, now) - policy.overlapMs));
}
