import { describe, expect, it } from 'vitest';
import {
  GENESIS_HASH,
  hashEntry,
  verifyEntries,
  type AuditEntry,
  type StoredAuditEntry,
} from './audit-chain.js';
import { canonicalJson } from './canonical-json.js';

function chainOf(n: number): StoredAuditEntry[] {
  const out: StoredAuditEntry[] = [];
  let prev = GENESIS_HASH;
  for (let i = 1; i <= n; i++) {
    const entry: AuditEntry = {
      chain: 'school-1',
      occurredAt: new Date(Date.UTC(2026, 8, 1, 8, i)),
      actorPersonId: 'p1',
      actorRole: 'school_admin',
      action: 'person.created',
      entityType: 'person',
      entityId: `e${i}`,
      schoolId: null,
      before: null,
      after: { lastName: 'Петров', n: i },
    };
    const hash = hashEntry(entry, prev);
    out.push({ ...entry, seq: String(i), prevHash: prev, hash });
    prev = hash;
  }
  return out;
}

describe('canonicalJson', () => {
  it('does not depend on key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } })).toBe(
      canonicalJson({ a: { c: null, d: [1, { x: 1, y: 2 }] }, b: 1 }),
    );
  });
});

describe('verifyEntries', () => {
  it('accepts an untouched chain', () => {
    expect(verifyEntries(chainOf(5))).toMatchObject({ ok: true, checked: 5 });
  });

  it('names the first entry whose content was edited', () => {
    const chain = chainOf(5);
    chain[2] = { ...chain[2]!, after: { lastName: 'Сидоров', n: 3 } };
    expect(verifyEntries(chain)).toEqual({
      ok: false,
      checked: 2,
      firstBrokenSeq: '3',
      reason: 'hash-mismatch',
    });
  });

  it('detects a removed entry by the broken link', () => {
    const chain = chainOf(5);
    chain.splice(1, 1);
    expect(verifyEntries(chain)).toMatchObject({
      ok: false,
      firstBrokenSeq: '3',
      reason: 'link-mismatch',
    });
  });

  it('detects a re-hashed edit because the next link no longer matches', () => {
    const chain = chainOf(4);
    const edited = { ...chain[1]!, action: 'person.deleted' };
    edited.hash = hashEntry(edited, edited.prevHash);
    chain[1] = edited;
    expect(verifyEntries(chain)).toMatchObject({
      ok: false,
      firstBrokenSeq: '3',
      reason: 'link-mismatch',
    });
  });
});
