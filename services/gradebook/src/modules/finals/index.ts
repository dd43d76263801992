// What the other modules of gradebook may use of finals: the pure rules (the journal's suggested
// final and forecast, the settings' mark-count policy) and the entity's schema.
export * from './finals.rules.js';
export { FinalMark, FinalMarkSchema } from './finals.entities.js';
export { currentPeriodFinals } from './finals.queries.js';
export { finalsResolvers } from './finals.resolvers.js';
