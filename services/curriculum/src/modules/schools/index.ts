export { Bell, BellSchema, School, SchoolSchema } from './schools.entities.js';
export { schoolOf, stageSchoolRegistered } from './register-school.js';
export { bellOf } from './set-bell-schedule.js';
export { requireSchool } from './schools.queries.js';
export { schoolsResolvers } from './schools.resolvers.js';
