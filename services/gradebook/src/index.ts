export {
  createGradebookService,
  gradebook,
  gradebookEntities,
  gradebookTypeDefs,
  loadGradebookEnv,
  type GradebookEnv,
  type GradebookService,
  type GradebookServiceOptions,
} from './subgraph.js';
export { gradebookMigrations } from './migrations/index.js';
export { GradebookEvents } from '@dnevnik/contracts';
export { seedGradebookDemo } from './seed/demo.js';
