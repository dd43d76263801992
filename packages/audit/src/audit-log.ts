import type { EntityManager } from '@mikro-orm/postgresql';
import {
  GENESIS_HASH,
  hashEntry,
  verifyEntries,
  type AuditEntry,
  type ChainVerdict,
  type StoredAuditEntry,
} from './audit-chain.js';

interface Row {
  seq: string;
  chain: string;
  occurred_at: Date;
  actor_person_id: string | null;
  actor_role: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  school_id: string | null;
  before: unknown;
  after: unknown;
  prev_hash: string;
  hash: string;
}

/** jsonb keeps only JSON: Dates become strings before hashing so the stored value hashes the same. */
const asJson = (value: unknown) => (value === undefined ? null : JSON.parse(JSON.stringify(value)));

/**
 * Appends an entry to its chain. Call it with the EntityManager of the transaction that makes
 * the change, so the change and its audit entry commit or fail together.
 */
export async function appendAudit(
  em: EntityManager,
  input: Omit<AuditEntry, 'occurredAt'>,
): Promise<StoredAuditEntry> {
  // Serialises appends to one chain; other chains (other journals) proceed in parallel.
  await em.execute('select pg_advisory_xact_lock(hashtext(?))', [`audit:${input.chain}`]);
  const last = await em.execute<{ hash: string }[]>(
    'select hash from audit_log where chain = ? order by seq desc limit 1',
    [input.chain],
  );
  const prevHash = last[0]?.hash ?? GENESIS_HASH;
  const entry: AuditEntry = {
    ...input,
    occurredAt: new Date(),
    before: asJson(input.before),
    after: asJson(input.after),
  };
  const hash = hashEntry(entry, prevHash);
  const [row] = await em.execute<{ seq: string }[]>(
    `insert into audit_log (chain, occurred_at, actor_person_id, actor_role, action, entity_type, entity_id,
       school_id, before, after, prev_hash, hash)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?) returning seq`,
    [
      entry.chain,
      entry.occurredAt,
      entry.actorPersonId,
      entry.actorRole,
      entry.action,
      entry.entityType,
      entry.entityId,
      entry.schoolId,
      JSON.stringify(entry.before),
      JSON.stringify(entry.after),
      prevHash,
      hash,
    ],
  );
  return { ...entry, seq: String(row!.seq), prevHash, hash };
}

function toEntry(row: Row): StoredAuditEntry {
  return {
    seq: String(row.seq),
    chain: row.chain,
    occurredAt: new Date(row.occurred_at),
    actorPersonId: row.actor_person_id,
    actorRole: row.actor_role,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    schoolId: row.school_id,
    before: row.before,
    after: row.after,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

/** Verifies a whole chain page by page, so a year of entries never sits in memory at once. */
export async function verifyAuditChain(
  em: EntityManager,
  chain: string,
  pageSize = 1000,
): Promise<ChainVerdict> {
  let prev = GENESIS_HASH;
  let checked = 0;
  let afterSeq = '0';
  for (;;) {
    const rows = await em.execute<Row[]>(
      'select * from audit_log where chain = ? and seq > ? order by seq limit ?',
      [chain, afterSeq, pageSize],
    );
    const verdict = verifyEntries(rows.map(toEntry), prev);
    if (!verdict.ok) return { ...verdict, checked: checked + verdict.checked };
    checked += verdict.checked;
    prev = verdict.lastHash;
    if (rows.length < pageSize) return { ok: true, checked, lastHash: prev };
    afterSeq = String(rows[rows.length - 1]!.seq);
  }
}

export async function listAudit(
  em: EntityManager,
  filter: { chain: string; entityId?: string; limit?: number },
): Promise<StoredAuditEntry[]> {
  const rows = await em.execute<Row[]>(
    `select * from audit_log where chain = ? ${filter.entityId ? 'and entity_id = ?' : ''} order by seq desc limit ?`,
    filter.entityId
      ? [filter.chain, filter.entityId, filter.limit ?? 100]
      : [filter.chain, filter.limit ?? 100],
  );
  return rows.map(toEntry);
}
