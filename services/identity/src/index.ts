export {
  createIdentityService,
  identityEntities,
  identityTypeDefs,
  type IdentityService,
  type IdentityServiceOptions,
} from './app.js';
export { loadIdentityEnv, type IdentityEnv } from './env.js';
export { identityMigrations } from './migrations/index.js';
export { IdentityEvents } from '@dnevnik/contracts';
export { seedDemo, DEMO, type DemoSeedResult } from './seed/demo.js';
