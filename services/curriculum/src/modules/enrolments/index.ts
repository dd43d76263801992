export { Enrolment, EnrolmentSchema } from './enrolments.entities.js';
export { enrolmentsOf, studentsOfClassOn } from './enrolments.queries.js';
export { enrolStudents } from './enrol-students.js';
export { moveStudent } from './move-student.js';
export { enrolmentsResolvers } from './enrolments.resolvers.js';
