export {
  createIdentityService,
  identity,
  identityEntities,
  identityTypeDefs,
  loadIdentityEnv,
  type IdentityEnv,
  type IdentityService,
  type IdentityServiceOptions,
} from './subgraph.js';
export { identityMigrations } from './migrations/index.js';
export { IdentityEvents } from '@dnevnik/contracts';
export { seedDemo, DEMO, type DemoSeedResult } from './seed/demo.js';
