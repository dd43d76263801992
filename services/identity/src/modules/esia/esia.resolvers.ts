import type { Resolvers } from '../../generated/resolvers-types.js';
import { authPayload } from '../access/index.js';
import { completeEsiaLogin } from './complete-esia-login.js';

export const esiaResolvers: Resolvers = {
  Mutation: {
    completeEsiaLogin: async (_parent, { code }, ctx) =>
      authPayload(ctx, await completeEsiaLogin(ctx, code)),
  },
};
