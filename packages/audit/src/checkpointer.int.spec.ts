import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrm, type OrmHandle } from '@dnevnik/database';
import { createTestDatabase, withClient, type TestDatabase } from '@dnevnik/database/testing';
import { createLogger } from '@dnevnik/logging';
import { appendAudit, verifyAuditChain } from './audit-log.js';
import type { SignedCheckpoint } from './checkpoint.js';
import {
  AUDIT_LOG_CHAINS,
  compareChainToCheckpoint,
  createCheckpointer,
  openChainWitness,
  type Checkpointer,
  type ChainWitness,
} from './checkpointer.js';
import { auditMigrations } from './migrations.js';

// Real PostgreSQL: the audit chains identity and curriculum keep, witnessed by checkpoints in a
// log outside the database, and an intruder who deletes the newest entry as the superuser.
const logger = createLogger({ source: 'audit-int-test', level: 'silent' });
const SCHOOL = 'school:01930000-0000-7000-8000-000000000010';

let db: TestDatabase;
let orm: OrmHandle;
let witness: ChainWitness;
let checkpointer: Checkpointer;
const published: SignedCheckpoint[] = [];

async function append(chain: string, n: number) {
  for (let i = 0; i < n; i++) {
    await orm.orm.em.fork().transactional((tx) =>
      appendAudit(tx, {
        chain,
        actorPersonId: null,
        actorRole: 'director',
        action: 'lesson.conducted',
        entityType: 'lesson',
        entityId: `l${i}`,
        schoolId: null,
        before: null,
        after: { n: i },
      }),
    );
  }
}

const compare = (chain: string) =>
  compareChainToCheckpoint(orm.orm.em.fork(), witness, AUDIT_LOG_CHAINS, chain);

beforeAll(async () => {
  db = await createTestDatabase('audit_checkpoints', auditMigrations, async (url) => {
    const h = await createOrm({ url, entities: [], migrations: auditMigrations, logger });
    await h.migrate();
    await h.close();
  });
  orm = await createOrm({ url: db.url, entities: [], migrations: auditMigrations, logger });
  witness = openChainWitness({ service: 'curriculum' });
  checkpointer = createCheckpointer({
    orm: orm.orm,
    witness,
    sources: [AUDIT_LOG_CHAINS],
    intervalMs: 60_000,
    logger,
    publish: async (cps) => void published.push(...cps),
  });
});

afterAll(async () => {
  await checkpointer?.stop();
  await orm?.close();
  await db?.drop();
});

describe('audit chain checkpoints', () => {
  it('checkpoints each chain once per change and hands the checkpoints on', async () => {
    await append(SCHOOL, 5);
    await append('sessions', 2);
    const first = await checkpointer.checkpointNow();
    expect(first.written.map((c) => [c.chain, c.count]).sort()).toEqual([
      ['audit:school:01930000-0000-7000-8000-000000000010', 5],
      ['audit:sessions', 2],
    ]);
    expect(published).toHaveLength(2);
    expect((await checkpointer.checkpointNow()).written).toEqual([]);
    await append(SCHOOL, 1);
    const third = await checkpointer.checkpointNow();
    expect(third.written.map((c) => [c.chain, c.count])).toEqual([[`audit:${SCHOOL}`, 6]]);
    expect((await compare(SCHOOL)).comparison).toEqual({ status: 'ok', since: 0 });
  });

  it('reports the newest entry deleted by the superuser, which the chain alone misses', async () => {
    await withClient(db.url, async (c) => {
      await c.query('set session_replication_role = replica');
      await c.query(
        'delete from audit_log where seq = (select max(seq) from audit_log where chain = $1)',
        [SCHOOL],
      );
    });
    expect(await verifyAuditChain(orm.orm.em.fork(), SCHOOL)).toMatchObject({
      ok: true,
      checked: 5,
    });
    expect((await compare(SCHOOL)).comparison).toEqual({ status: 'missing-tail', missing: 1 });
  });

  it('never checkpoints the tampered chain, even once new entries make up the count', async () => {
    await append(SCHOOL, 1);
    const run = await checkpointer.checkpointNow();
    expect(run.written).toEqual([]);
    expect(run.refused).toEqual([
      { chain: `audit:${SCHOOL}`, comparison: { status: 'head-mismatch' } },
    ]);
    const { checkpoint, comparison } = await compare(SCHOOL);
    expect(checkpoint?.count).toBe(6);
    expect(comparison).toEqual({ status: 'head-mismatch' });
    expect((await compare('sessions')).comparison).toEqual({ status: 'ok', since: 0 });
  });
});
