export { TeachingAssignment, TeachingAssignmentSchema } from './teaching.entities.js';
export { assignmentForStaff, requireAssignment } from './teaching.queries.js';
export { assignTeacher } from './assign-teacher.js';
export { teachingResolvers } from './teaching.resolvers.js';
