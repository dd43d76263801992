import { afterAll, beforeAll, expect, it } from 'vitest';
import { migrateDatabase } from '@dnevnik/database';
import { createTestDatabase, withClient, type TestDatabase } from '@dnevnik/database/testing';
import { OutboxMessageSchema, ProcessedEventSchema } from '@dnevnik/events';
import { createLogger } from '@dnevnik/logging';
import { curriculumMigrations } from '../../migrations/index.js';
import { curriculumEntities } from '../../subgraph.js';

/**
 * curriculum-0004 moves the parent–child links curriculum took in from its own `guardianship`
 * table into school-facts' `rm_guardianship`. A school that upgrades must keep every link it
 * has: a lost one would hide a child's timetable and homework from the parent (A8) until
 * identity happened to announce the link again.
 */
const logger = createLogger({ source: 'test', level: 'silent' });
const entities = [...curriculumEntities, OutboxMessageSchema, ProcessedEventSchema];
const upTo = curriculumMigrations.findIndex((m) => m.name === 'curriculum-0004-guardianship-facts');
let db: TestDatabase;

beforeAll(async () => {
  const before = curriculumMigrations.slice(0, upTo);
  db = await createTestDatabase('curriculum_before_0004', before, async (url) => {
    await migrateDatabase({ url, entities, migrations: before, logger });
  });
});
afterAll(() => db?.drop());

it('keeps the links curriculum had taken in, under the read model’s table and index', async () => {
  expect(upTo).toBeGreaterThan(0);
  const link = {
    link: '0192f5a0-0000-7000-8000-000000000001',
    parent: '0192f5a0-0000-7000-8000-000000000002',
    child: '0192f5a0-0000-7000-8000-000000000003',
  };
  await withClient(db.url, (c) =>
    c.query(
      `insert into guardianship (link_id, parent_id, child_id, verified, active)
       values ($1, $2, $3, true, true)`,
      [link.link, link.parent, link.child],
    ),
  );

  await migrateDatabase({ url: db.url, entities, migrations: curriculumMigrations, logger });

  await withClient(db.url, async (c) => {
    const rows = await c.query(
      'select link_id, parent_id, child_id, verified, active from rm_guardianship',
    );
    expect(rows.rows).toEqual([
      {
        link_id: link.link,
        parent_id: link.parent,
        child_id: link.child,
        verified: true,
        active: true,
      },
    ]);
    const old = await c.query(`select to_regclass('guardianship') as t`);
    expect(old.rows[0].t).toBeNull();
    const index = await c.query(`select to_regclass('rm_guardianship_parent_idx') as i`);
    expect(index.rows[0].i).not.toBeNull();
  });
});
