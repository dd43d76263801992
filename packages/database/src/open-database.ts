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
  /**
   * 'apply' (the default) applies pending migrations on open. 'verify' only checks that none
   * are pending: for a service that runs as a role without DDL rights and is migrated by a
   * separate step as the schema's owner (see migrateDatabase).
   */
  migrationsMode?: 'apply' | 'verify';
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
    if (options.migrationsMode === 'verify') {
      const pending = await handle.orm.getMigrator().getPendingMigrations();
      if (pending.length > 0)
        throw new Error(
          `${pending.length} database migration(s) pending (${pending.map((m) => m.name).join(', ')}): run the service's migrate command as the schema owner first`,
        );
    } else {
      await withMigrationLock(url, () => handle.migrate());
    }
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

/**
 * The migrate-and-exit step: applies pending migrations as whoever the URL names (the schema's
 * owner) and closes. Run before a release's pods start, e.g. as an init container.
 */
export async function migrateDatabase(
  options: Pick<DatabaseOptions, 'entities' | 'migrations' | 'logger'> & { url: string },
): Promise<string[]> {
  const handle = await createOrm({ ...options, poolMax: 1 });
  try {
    return await withMigrationLock(options.url, () => handle.migrate());
  } finally {
    await handle.close();
  }
}
