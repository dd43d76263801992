export { audit, CURRICULUM_CHAIN_SOURCES } from './school-audit.js';
export { auditResolvers } from './audit.resolvers.js';
