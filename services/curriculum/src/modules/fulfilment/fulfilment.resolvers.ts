import type { Resolvers } from '../../generated/resolvers-types.js';
import { programmeFulfilment } from './fulfilment.queries.js';

export const fulfilmentResolvers: Resolvers = {
  Query: {
    programmeFulfilment: (_p, { assignmentId }, ctx) => programmeFulfilment(ctx, assignmentId),
  },
  ProgrammeFulfilment: {
    assignment: async (f, _a, ctx) => (await ctx.loaders.assignment.load(f.assignmentId))!,
  },
};
