export {
  createGradebookService,
  gradebookEntities,
  gradebookTypeDefs,
  type GradebookService,
  type GradebookServiceOptions,
} from './app.js';
export { loadGradebookEnv, type GradebookEnv } from './env.js';
export { gradebookMigrations } from './migrations/index.js';
export { GradebookEvents } from '@dnevnik/contracts';
export { seedGradebookDemo } from './seed/demo.js';
