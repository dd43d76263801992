import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json.js';

/** The hash a chain starts from. */
export const GENESIS_HASH = '0'.repeat(64);

/** What is recorded of one change (G2): when, who in which role, what, before and after. */
export interface AuditEntry {
  chain: string;
  occurredAt: Date;
  actorPersonId: string | null;
  actorRole: string | null;
  action: string;
  entityType: string;
  entityId: string;
  schoolId: string | null;
  before: unknown;
  after: unknown;
}

export interface StoredAuditEntry extends AuditEntry {
  seq: string;
  prevHash: string;
  hash: string;
}

export function hashEntry(entry: AuditEntry, prevHash: string): string {
  const content = canonicalJson({
    chain: entry.chain,
    occurredAt: entry.occurredAt.toISOString(),
    actorPersonId: entry.actorPersonId,
    actorRole: entry.actorRole,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    schoolId: entry.schoolId,
    before: entry.before ?? null,
    after: entry.after ?? null,
    prevHash,
  });
  return createHash('sha256').update(content).digest('hex');
}

export type ChainVerdict =
  | { ok: true; checked: number; lastHash: string }
  | {
      ok: false;
      checked: number;
      firstBrokenSeq: string;
      reason: 'hash-mismatch' | 'link-mismatch';
    };

/**
 * Checks entries of one chain, in order: each must link to the previous hash and hash to what
 * it claims. The first entry that fails is named, so an auditor knows where tampering began.
 */
export function verifyEntries(
  entries: Iterable<StoredAuditEntry>,
  startHash = GENESIS_HASH,
): ChainVerdict {
  let prev = startHash;
  let checked = 0;
  for (const entry of entries) {
    if (entry.prevHash !== prev)
      return { ok: false, checked, firstBrokenSeq: entry.seq, reason: 'link-mismatch' };
    if (hashEntry(entry, entry.prevHash) !== entry.hash) {
      return { ok: false, checked, firstBrokenSeq: entry.seq, reason: 'hash-mismatch' };
    }
    prev = entry.hash;
    checked++;
  }
  return { ok: true, checked, lastHash: prev };
}
