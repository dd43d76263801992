import { auditVerification, CHECKPOINT_STATUS } from '@dnevnik/audit';
import type { Resolvers } from '../../generated/resolvers-types.js';
import { verifyCurriculumAuditChain } from './audit.queries.js';

export const auditResolvers: Resolvers = {
  ChainCheckpointStatus: CHECKPOINT_STATUS,
  Query: {
    verifyCurriculumAuditChain: async (_p, { schoolId }, ctx) => {
      const v = await verifyCurriculumAuditChain(ctx, schoolId);
      return auditVerification(v.chain, v.checkpoint);
    },
  },
};
