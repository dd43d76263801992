export { Bell, BellSchema, School, SchoolSchema } from './schools.entities.js';
export { stageSchoolRegistered } from './register-school.js';
export { requireSchool } from './schools.queries.js';
export { schoolsResolvers } from './schools.resolvers.js';
