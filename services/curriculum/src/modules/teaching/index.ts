export { TeachingAssignment, TeachingAssignmentSchema } from './teaching.entities.js';
export { assignmentOf, stageAssignmentChanged } from './assign-teacher.js';
export { assignmentForStaff, requireAssignment } from './teaching.queries.js';
export { teachingResolvers } from './teaching.resolvers.js';
