export * from './entities.js';
export { curriculumHandlers, identityHandlers } from './handlers.js';
export * from './queries.js';
export * from './access.js';
export { SCHOOL_FACTS_DDL } from './schema-sql.js';
export {
  transferWindowFor,
  transferWindowHandlers,
  TransferWindowRow,
  TransferWindowSchema,
} from './transfer-windows.js';
