import pg from 'pg';
import type { Logger } from '@dnevnik/logging';
import { startEmbeddedPostgres } from './embedded-postgres.js';
import { createOrm, type AnyEntitySchema, type MigrationEntry, type OrmHandle } from './orm.js';

export interface DatabaseOptions {
  /** A real PostgreSQL URL; when absent the service runs on embedded PGlite. */
  url?: string | undefined;
  /** Where embedded PGlite keeps its files; in memory when absent. */
  embeddedDataDir?: string | undefined;
  entities: AnyEntitySchema[];
  migrations: MigrationEntry[];
  logger: Logger;
  poolMax?: number;
}

export interface Database extends OrmHandle {
  mode: 'postgres' | 'embedded';
}

/**
 * Replicas starting together would race to apply the same migration; a session-level advisory
 * lock, held on its own connection, lets one migrate while the others wait and then find nothing
 * left to do.
 */
async function withMigrationLock<T>(url: string, work: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("select pg_advisory_lock(hashtext('schema_migrations'))");
    return await work();
  } finally {
    await client.end();
  }
}

/** Connects (starting embedded PostgreSQL if no URL is given) and applies pending migrations. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const embedded = options.url ? undefined : await startEmbeddedPostgres(options.embeddedDataDir);
  const url = options.url ?? embedded!.url;
  const handle = await createOrm({
    url,
    entities: options.entities,
    migrations: options.migrations,
    logger: options.logger,
    // The embedded engine executes one statement at a time; a small pool avoids long queues.
    poolMax: options.poolMax ?? (embedded ? 4 : 10),
  });
  try {
    await withMigrationLock(url, () => handle.migrate());
  } catch (err) {
    await handle.close();
    await embedded?.stop();
    throw err;
  }
  return {
    ...handle,
    mode: embedded ? 'embedded' : 'postgres',
    async close() {
      await handle.close();
      await embedded?.stop();
    },
  };
}
