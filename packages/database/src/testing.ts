import { createHash, randomBytes } from 'node:crypto';
import pg from 'pg';
import type { MigrationEntry } from './orm.js';

/** The real server tests run against; CI and developers point it elsewhere with TEST_DATABASE_URL. */
export const TEST_DATABASE_URL =
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/**
 * Gives a test file its own fresh database on the real server. The first call for a given set
 * of migrations migrates a template database once; every test database is a cheap copy of it.
 *
 * @param migrate applies the migrations to the database at the given URL
 */
export async function createTestDatabase(
  prefix: string,
  migrations: MigrationEntry[],
  migrate: (url: string) => Promise<void>,
): Promise<TestDatabase> {
  const fingerprint = createHash('sha256')
    .update(migrations.map((m) => m.name).join('\n'))
    .update(migrations.map((m) => m.class.toString()).join('\n'))
    .digest('hex')
    .slice(0, 12);
  const template = `tpl_${prefix}_${fingerprint}`;
  const name = `test_${prefix}_${randomBytes(6).toString('hex')}`;

  await admin(async (client) => {
    // Parallel test workers race to build the same template; the advisory lock lets one build it.
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [template]);
    try {
      const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
      if (exists.rowCount === 0) {
        const building = `${template}_build`;
        await client.query(`DROP DATABASE IF EXISTS "${building}" WITH (FORCE)`);
        await client.query(`CREATE DATABASE "${building}"`);
        await migrate(withDatabase(TEST_DATABASE_URL, building));
        await client.query(`ALTER DATABASE "${building}" RENAME TO "${template}"`);
      }
      await client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
    } finally {
      await client.query('SELECT pg_advisory_unlock(hashtext($1))', [template]);
    }
  });

  return {
    name,
    url: withDatabase(TEST_DATABASE_URL, name),
    drop: () =>
      admin((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(
        () => undefined,
      ),
  };
}

/** A plain client for assertions that must bypass the service (e.g. tampering with rows). */
export async function withClient<T>(
  url: string,
  fn: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
