export { journalCheckpoint, MARK_CHAINS } from './checkpoints.queries.js';
export { checkpointsResolvers } from './checkpoints.resolvers.js';
