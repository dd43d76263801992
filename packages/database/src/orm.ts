import { Migrator } from '@mikro-orm/migrations';
import type { Migration } from '@mikro-orm/migrations';
import { MikroORM, type EntitySchema, type Options } from '@mikro-orm/postgresql';
import type { Logger } from '@dnevnik/logging';
import { guardTransactionConnections } from './transaction-guard.js';

/** A migration class with the name it is recorded under; lists are explicit, never globbed. */
export interface MigrationEntry {
  name: string;
  class: new (...args: ConstructorParameters<typeof Migration>) => Migration;
}

/** Entity schemas of different entity types side by side; their type parameters vary by design. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyEntitySchema = EntitySchema<any, any>;

export interface OrmOptions {
  /** postgres://… connection URL (a real server or the embedded one). */
  url: string;
  entities: AnyEntitySchema[];
  /** Platform migrations first, then the service's own, in the order they must run. */
  migrations: MigrationEntry[];
  logger: Logger;
  poolMax?: number;
}

export interface OrmHandle {
  orm: MikroORM;
  migrate(): Promise<string[]>;
  close(): Promise<void>;
}

export async function createOrm(options: OrmOptions): Promise<OrmHandle> {
  const log = options.logger.child({ component: 'mikro-orm' });
  const config: Options = {
    clientUrl: options.url,
    entities: options.entities,
    extensions: [Migrator],
    // Requests and consumers must fork; the global context would leak identity maps between them.
    allowGlobalContext: false,
    forceUtcTimezone: true,
    ensureDatabase: false,
    discovery: { warnWhenNoEntities: false },
    pool: { min: 0, max: options.poolMax ?? 10 },
    migrations: {
      tableName: 'schema_migrations',
      migrationsList: options.migrations,
      transactional: true,
      allOrNothing: true,
      // Disabling foreign keys needs superuser rights that production roles do not have.
      disableForeignKeys: false,
      snapshot: false,
      silent: true,
    },
    logger: (message) => log.debug(message),
  };
  const orm = await MikroORM.init(config);
  guardTransactionConnections(orm);
  return {
    orm,
    async migrate() {
      const applied = await orm.getMigrator().up();
      if (applied.length > 0)
        log.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
      return applied.map((m) => m.name);
    },
    close: () => orm.close(true),
  };
}
