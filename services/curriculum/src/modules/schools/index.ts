export { Bell, BellSchema, School, SchoolSchema } from './schools.entities.js';
export { requireSchool } from './schools.queries.js';
export { schoolsResolvers } from './schools.resolvers.js';
