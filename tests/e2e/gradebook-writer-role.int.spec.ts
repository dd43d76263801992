import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  withClient,
  createTestDatabase,
  TEST_DATABASE_URL,
  type TestDatabase,
} from '@dnevnik/database/testing';
import {
  createGradebookService,
  gradebookEntities,
  gradebookMigrations,
  loadGradebookEnv,
} from '@dnevnik/gradebook';
import { createLogger } from '@dnevnik/logging';
import { migrateService } from '@dnevnik/service-runtime';
import { generateKeyPairPem } from '@dnevnik/auth';
import { KAFKA_BROKERS } from './harness.js';

/**
 * Production runs gradebook as a login role that is only a member of gradebook_writer, and
 * applies migrations beforehand as the schema owner (`main.js migrate`), because an owner could
 * disable the insert-only triggers on marks (M4, G1).
 */
const logger = createLogger({ source: 'writer-role-test', level: 'silent' });
const appRole = `gradebook_app_${randomBytes(4).toString('hex')}`;
let db: TestDatabase;
let appUrl: string;
let gatewayPublicKeyPem: string;

const service = (url: string) =>
  createGradebookService({
    env: loadGradebookEnv({
      NODE_ENV: 'test',
      GRADEBOOK_PORT: '0',
      GRADEBOOK_DATABASE_URL: url,
      GRADEBOOK_MIGRATE_ON_START: 'false',
      KAFKA_BROKERS,
    }),
    logger,
    gatewayPublicKeyPem,
  });

beforeAll(async () => {
  // An empty database: the template step applies nothing.
  db = await createTestDatabase('gradebook_empty', [], async () => {});
  gatewayPublicKeyPem = (await generateKeyPairPem('EdDSA')).publicKeyPem;
  await withClient(TEST_DATABASE_URL, (c) =>
    c.query(`create role ${appRole} login in role gradebook_writer`),
  );
  const u = new URL(db.url);
  u.username = appRole;
  appUrl = u.toString();
});

afterAll(async () => {
  await db?.drop();
  await withClient(TEST_DATABASE_URL, (c) => c.query(`drop role if exists ${appRole}`));
});

describe('running as gradebook_writer with a separate migrate step', () => {
  it('refuses to start on an unmigrated database instead of migrating it', async () => {
    await expect(service(db.url)).rejects.toThrow(/migration\(s\) pending.*migrate command/);
  });

  it('starts as the writer role once the owner has migrated, with no right to alter marks', async () => {
    const applied = await migrateService({
      url: db.url,
      entities: gradebookEntities,
      migrations: gradebookMigrations,
      logger,
    });
    expect(applied).toContain('gradebook-0003-scales-works-years');
    expect(
      await migrateService({
        url: db.url,
        entities: gradebookEntities,
        migrations: gradebookMigrations,
        logger,
      }),
    ).toEqual([]);

    const running = await service(appUrl);
    try {
      expect(await running.database.orm.isConnected()).toBe(true);
    } finally {
      await running.stop();
    }
    await withClient(appUrl, async (c) => {
      // What the service does: read models, outbox, settings.
      await c.query(
        `insert into rm_school (id, time_zone, working_weekdays) values (gen_random_uuid(), 'Europe/Moscow', '[1,2,3,4,5]')`,
      );
      await c.query('select count(*) from outbox_message');
      // What it must never do to the official record.
      await expect(c.query('update mark set value = $1', ['5'])).rejects.toThrow(
        /permission denied/,
      );
      await expect(c.query('alter table mark disable trigger mark_insert_only')).rejects.toThrow(
        /must be owner/,
      );
      await expect(c.query('create table sneaky (id int)')).rejects.toThrow(/permission denied/);
    });
  });
});
