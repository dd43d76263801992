// What the subgraph definition uses of the audit chains.
export { IDENTITY_CHAIN_SOURCES } from './audit.queries.js';
export { auditResolvers } from './audit.resolvers.js';
