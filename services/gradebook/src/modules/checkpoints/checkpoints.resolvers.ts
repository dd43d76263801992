import { CHECKPOINT_STATUS } from '@dnevnik/audit';
import type { Resolvers } from '../../generated/resolvers-types.js';

export const checkpointsResolvers: Resolvers = {
  ChainCheckpointStatus: CHECKPOINT_STATUS,
};
