export { Bell, BellSchema, School, SchoolSchema } from './schools.entities.js';
export { requireSchool } from './schools.queries.js';
export { registerSchool } from './register-school.js';
export { setBellSchedule } from './set-bell-schedule.js';
export { schoolsResolvers } from './schools.resolvers.js';
