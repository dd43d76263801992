import { auditVerification, CHECKPOINT_STATUS } from '@dnevnik/audit';
import type { Resolvers } from '../../generated/resolvers-types.js';
import { verifyAttendanceAuditChain } from './checkpoints.queries.js';

export const checkpointsResolvers: Resolvers = {
  ChainCheckpointStatus: CHECKPOINT_STATUS,

  Query: {
    verifyAttendanceAuditChain: async (_p, { schoolId }, ctx) => {
      const v = await verifyAttendanceAuditChain(ctx, schoolId);
      return auditVerification(v.chain, v.checkpoint);
    },
  },
};
