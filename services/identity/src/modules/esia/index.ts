// What the subgraph definition uses of ESIA login.
export { EsiaAccountSchema, EsiaLoginFlowSchema } from './esia.entities.js';
export { esiaSettings, type EsiaSettings } from './build-esia-settings.js';
export { esiaResolvers } from './esia.resolvers.js';
export { esiaRoutes } from './serve-esia-login.js';
