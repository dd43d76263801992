export { ATTENDANCE_CHAIN_SOURCES, attendanceCheckpoint } from './checkpoints.queries.js';
export { checkpointsResolvers } from './checkpoints.resolvers.js';
