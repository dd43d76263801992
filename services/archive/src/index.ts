export {
  archive,
  archiveEntities,
  createArchiveService,
  loadArchiveEnv,
  type ArchiveEnv,
  type ArchiveService,
} from './subgraph.js';
export { archiveMigrations } from './migrations/index.js';
export { createGraphClient, GraphReadError, type GraphClient } from './modules/content/index.js';
export { renderClassPeriod, type ClassPeriodSnapshot } from './modules/printouts/index.js';
