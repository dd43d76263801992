/**
 * How many requests each viewer has in flight, so that one viewer cannot take every worker of
 * the gateway and the subgraphs behind it. Pure bookkeeping: no timers, no I/O.
 */
export interface InflightLimiter {
  /** Admits one more request of `key` unless it already has `limit` in flight; the returned
   * function ends it (calling it again does nothing). `null` means refused. */
  tryEnter(key: string, limit: number): (() => void) | null;
  inFlight(key: string): number;
  /** Keys with requests in flight; a key with none is forgotten. */
  readonly size: number;
}

export function createInflightLimiter(): InflightLimiter {
  const counts = new Map<string, number>();
  return {
    tryEnter(key, limit) {
      const current = counts.get(key) ?? 0;
      if (current >= limit) return null;
      counts.set(key, current + 1);
      let done = false;
      return () => {
        if (done) return;
        done = true;
        const left = (counts.get(key) ?? 1) - 1;
        if (left > 0) counts.set(key, left);
        else counts.delete(key);
      };
    },
    inFlight: (key) => counts.get(key) ?? 0,
    get size() {
      return counts.size;
    },
  };
}

export interface InflightLimits {
  /** Per signed-in person, whatever device or address they come from. */
  perViewer: number;
  /** Per client address for anonymous requests (logins; a school behind one NAT address). */
  perAnonymousAddress: number;
}

/** The key and limit a request is counted under. */
export function inflightKey(
  viewer:
    | { kind: 'anonymous' }
    | { kind: 'person'; personId: string }
    | { kind: 'service'; serviceId: string },
  address: string | null,
  limits: InflightLimits,
): { key: string; limit: number } {
  if (viewer.kind === 'person')
    return { key: `person:${viewer.personId}`, limit: limits.perViewer };
  if (viewer.kind === 'service')
    return { key: `service:${viewer.serviceId}`, limit: limits.perViewer };
  return { key: `address:${address ?? 'unknown'}`, limit: limits.perAnonymousAddress };
}
