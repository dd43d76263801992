export {
  archive,
  archiveEntities,
  createArchiveService,
  loadArchiveEnv,
  type ArchiveEnv,
  type ArchiveService,
} from './subgraph.js';
export { archiveMigrations } from './migrations/index.js';
