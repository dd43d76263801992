import type { Resolvers } from '../../generated/resolvers-types.js';
import { registerSchool } from './register-school.js';
import { bellsOf, schoolForStaff, schoolReference } from './schools.queries.js';
import { setBellSchedule } from './set-bell-schedule.js';

export const schoolsResolvers: Resolvers = {
  Query: {
    school: (_p, { id }, ctx) => schoolForStaff(ctx, id),
  },
  Mutation: {
    registerSchool: (_p, args, ctx) => registerSchool(ctx, args),
    setBellSchedule: (_p, args, ctx) => setBellSchedule(ctx, args),
  },
  School: {
    __resolveReference: (ref, ctx) => schoolReference(ctx, ref.id),
    bells: (s, _a, ctx) => bellsOf(ctx, s.id),
  },
};
