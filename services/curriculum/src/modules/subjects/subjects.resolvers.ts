import type { Resolvers } from '../../generated/resolvers-types.js';
import { createSubject } from './create-subject.js';
import { subjectReference, subjectsOf } from './subjects.queries.js';

export const subjectsResolvers: Resolvers = {
  Mutation: {
    createSubject: (_p, args, ctx) => createSubject(ctx, args),
  },
  School: {
    subjects: (s, _a, ctx) => subjectsOf(ctx, s.id),
  },
  Subject: {
    __resolveReference: (ref, ctx) => subjectReference(ctx, ref.id),
  },
};
