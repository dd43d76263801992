import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput } from '@dnevnik/errors';
import { Mark } from './marks.entities.js';

/**
 * Repeats of one postMark request. The gateway gives up on a subgraph after its timeout, so a
 * client can be told SUBGRAPH_UNAVAILABLE for a mark that was stored a moment later; it resends
 * with the same request id and must get that mark back, not a second one.
 */
export interface MarkRequestKey {
  personId: string;
  requestId: string;
  /** What the request asked for: a request id is bound to one mark's input. */
  fingerprint: string;
}

/** The input's content, in a fixed order, hashed: equal inputs give equal fingerprints. */
export function requestFingerprint(fields: Record<string, string | null | undefined>): string {
  const ordered = Object.keys(fields)
    .sort()
    .map((k) => [k, fields[k] ?? null]);
  return createHash('sha256').update(JSON.stringify(ordered)).digest('hex');
}

/**
 * Inside the posting transaction, before anything else: waits for a concurrent request with the
 * same id to finish (a retry that overtook a slow first attempt), then returns the mark it
 * stored, or null when the request is new. A reused id with other content is refused.
 */
export async function earlierAnswer(tx: EntityManager, key: MarkRequestKey): Promise<Mark | null> {
  await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [
    `mark-request:${key.personId}:${key.requestId}`,
  ]);
  const [row] = await tx.execute<{ mark_id: string; fingerprint: string }[]>(
    'select mark_id, fingerprint from mark_request where person_id = ? and request_id = ?',
    [key.personId, key.requestId],
  );
  if (!row) return null;
  if (row.fingerprint !== key.fingerprint)
    throw badInput(
      'Этот requestId уже использован для другой отметки: для новой отметки нужен новый.',
      {
        field: 'requestId',
      },
    );
  return tx.findOneOrFail(Mark, { id: row.mark_id });
}

/** Records which mark the request stored, in the same transaction as the mark. */
export async function rememberAnswer(tx: EntityManager, key: MarkRequestKey, markId: string) {
  await tx.execute(
    'insert into mark_request (person_id, request_id, fingerprint, mark_id) values (?, ?, ?, ?)',
    [key.personId, key.requestId, key.fingerprint, markId],
  );
}
