export { Enrolment, EnrolmentSchema } from './enrolments.entities.js';
export { enrolmentOf, stageEnrolmentChanged, type EnrolmentChange } from './move-student.js';
export { enrolmentsOf, studentsOfClassOn } from './enrolments.queries.js';
export { enrolmentsResolvers } from './enrolments.resolvers.js';
