export {
  createCurriculumService,
  curriculum,
  curriculumEntities,
  curriculumTypeDefs,
  loadCurriculumEnv,
  type CurriculumEnv,
  type CurriculumService,
  type CurriculumServiceOptions,
} from './subgraph.js';
export { curriculumMigrations } from './migrations/index.js';
export { CurriculumEvents } from '@dnevnik/contracts';
export { seedCurriculumDemo, type CurriculumDemoResult } from './seed/demo.js';
