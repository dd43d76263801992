import { auditVerification, CHECKPOINT_STATUS } from '@dnevnik/audit';
import type { Resolvers } from '../../generated/resolvers-types.js';
import { schoolChain } from '../people/index.js';
import {
  auditChainCheckpoint,
  verifyIdentityAuditChain,
  verifySchoolAuditChain,
} from './audit.queries.js';

export const auditResolvers: Resolvers = {
  ChainCheckpointStatus: CHECKPOINT_STATUS,

  Query: {
    verifyAuditChain: async (_parent, { schoolId }, ctx) => {
      // The access check comes first, inside verifySchoolAuditChain; the checkpoint after it.
      const verdict = await verifySchoolAuditChain(ctx, schoolId);
      return auditVerification(verdict, await auditChainCheckpoint(ctx, schoolChain(schoolId)));
    },
    verifyIdentityAuditChain: async (_parent, { chain }, ctx) => {
      const v = await verifyIdentityAuditChain(ctx, chain);
      return auditVerification(v.chain, v.checkpoint);
    },
  },
};
