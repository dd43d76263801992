/**
 * Pure bookkeeping of the fault suite: what the client was told against what the databases and
 * the topic hold. No I/O here, so every rule is unit-tested (reconcile.spec.ts).
 */
import type { PostRecord } from './load.js';

export interface StoredMark {
  id: string;
  tag: string;
}

export interface MarkReconciliation {
  posted: number;
  acked: number;
  failed: number;
  stored: number;
  /** Acknowledged marks that are not in the table. */
  lost: string[];
  /** Tags stored more than once. */
  duplicated: string[];
  /** Acknowledged with one id, stored with another. */
  mismatched: string[];
  /**
   * Stored although the client got an error or no answer, for a request that was in flight when
   * a process died: its commit and the death raced, which no client of a non-idempotent
   * mutation can tell apart. Reported, not failed.
   */
  storedInFlight: string[];
  /** Stored although the client was told it failed, with no fault to explain it: a bug. */
  storedRefused: string[];
}

/**
 * Compares the client's records with the stored marks. `faultAt` are the instants (same clock
 * as the records) when a process was killed or restarted.
 */
export function reconcileMarks(
  records: readonly PostRecord[],
  stored: readonly StoredMark[],
  faultAt: readonly number[],
): MarkReconciliation {
  const byTag = new Map<string, StoredMark[]>();
  for (const s of stored) byTag.set(s.tag, [...(byTag.get(s.tag) ?? []), s]);
  const result: MarkReconciliation = {
    posted: records.length,
    acked: 0,
    failed: 0,
    stored: stored.length,
    lost: [],
    duplicated: [],
    mismatched: [],
    storedInFlight: [],
    storedRefused: [],
  };
  for (const [tag, rows] of byTag) if (rows.length > 1) result.duplicated.push(tag);
  for (const r of records) {
    const rows = byTag.get(r.tag) ?? [];
    if (r.outcome === 'acked') {
      result.acked++;
      if (rows.length === 0) result.lost.push(r.tag);
      else if (!rows.some((row) => row.id === r.markId)) result.mismatched.push(r.tag);
      continue;
    }
    result.failed++;
    if (rows.length === 0) continue;
    const inFlight = faultAt.some((t) => r.startedAt <= t && t <= r.endedAt);
    (inFlight ? result.storedInFlight : result.storedRefused).push(r.tag);
  }
  return result;
}

export interface NotificationReconciliation {
  expected: number;
  delivered: number;
  missing: number;
  /** (event, person) pairs with more than one notification. */
  duplicated: number;
}

/**
 * Each mark event must give each of its recipients exactly one notification. `expected` lists
 * the recipients per event id; `rows` are the notifications found with their counts.
 */
export function reconcileNotifications(
  expected: ReadonlyMap<string, readonly string[]>,
  rows: readonly { eventId: string; personId: string; count: number }[],
): NotificationReconciliation {
  const found = new Map(rows.map((r) => [`${r.eventId}/${r.personId}`, r.count]));
  let want = 0;
  let delivered = 0;
  let duplicated = 0;
  for (const [eventId, people] of expected) {
    for (const personId of people) {
      want++;
      const n = found.get(`${eventId}/${personId}`) ?? 0;
      if (n >= 1) delivered++;
      if (n > 1) duplicated++;
    }
  }
  return { expected: want, delivered, missing: want - delivered, duplicated };
}

/** Nearest-rank percentile of samples in ms; 0 for no samples. */
export function percentile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return 0;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

export interface ScenarioRow {
  scenario: string;
  posted: number;
  acked: number;
  stored: number;
  published: number;
  notifications: number;
  expectedNotifications: number;
  marksPerSecond: number;
  p99Ms: number;
  seconds: number;
  verdict: string;
}

export function renderTable(rows: readonly ScenarioRow[]): string {
  const head = [
    'scenario',
    'posted',
    'acked',
    'stored',
    'events published',
    'notifications',
    'marks/s',
    'p99 ms',
    'time s',
    'verdict',
  ];
  const body = rows.map((r) => [
    r.scenario,
    String(r.posted),
    String(r.acked),
    String(r.stored),
    String(r.published),
    `${r.notifications}/${r.expectedNotifications}`,
    r.marksPerSecond.toFixed(1),
    r.p99Ms.toFixed(0),
    r.seconds.toFixed(0),
    r.verdict,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}
