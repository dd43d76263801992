// What the other modules of gradebook may use of finals: the pure rules (the journal's suggested
// final and forecast, the settings' mark-count policy) and the entity's schema.
export * from './finals.rules.js';
export { FinalMarkSchema } from './finals.entities.js';
export { finalsResolvers } from './finals.resolvers.js';
