export {
  createOrm,
  type OrmHandle,
  type OrmOptions,
  type MigrationEntry,
  type AnyEntitySchema,
} from './orm.js';
export { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres.js';
export {
  migrateDatabase,
  openDatabase,
  type Database,
  type DatabaseOptions,
} from './open-database.js';
export { insertOnlySql } from './insert-only.js';
export {
  guardTransactionConnections,
  insideTransaction,
  SecondConnectionInTransactionError,
} from './transaction-guard.js';
