import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json.js';
import { GENESIS_HASH } from './audit-chain.js';

/**
 * Official records kept as their own hash chain (marks, attendance): each row stores the hash of
 * its covered fields plus the previous row's hash, so an edit made behind the service's back
 * breaks the chain at that row.
 */
export interface ChainedRecord {
  id: string;
  prevHash: string;
  hash: string;
}

/** SHA-256 of the canonical JSON of the covered fields (which must include prevHash). */
export function recordHash(covered: Record<string, unknown>): string {
  return createHash('sha256').update(canonicalJson(covered)).digest('hex');
}

export type RecordChainVerdict =
  | { ok: true; checked: number }
  | {
      ok: false;
      checked: number;
      firstBrokenId: string;
      reason: 'hash-mismatch' | 'link-mismatch';
    };

/** Recomputes a chain in order and names the first record that does not verify. */
export function verifyRecordChain<T extends ChainedRecord>(
  rows: Iterable<T>,
  hashOf: (row: T) => string,
  startHash = GENESIS_HASH,
): RecordChainVerdict {
  let prev = startHash;
  let checked = 0;
  for (const row of rows) {
    if (row.prevHash !== prev)
      return { ok: false, checked, firstBrokenId: row.id, reason: 'link-mismatch' };
    if (hashOf(row) !== row.hash)
      return { ok: false, checked, firstBrokenId: row.id, reason: 'hash-mismatch' };
    prev = row.hash;
    checked++;
  }
  return { ok: true, checked };
}
