export {
  createCurriculumService,
  curriculumEntities,
  curriculumTypeDefs,
  type CurriculumService,
  type CurriculumServiceOptions,
} from './app.js';
export { loadCurriculumEnv, type CurriculumEnv } from './env.js';
export { curriculumMigrations } from './migrations/index.js';
export { CurriculumEvents } from '@dnevnik/contracts';
export { seedCurriculumDemo, type CurriculumDemoResult } from './seed/demo.js';
