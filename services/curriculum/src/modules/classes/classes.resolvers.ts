import type { Resolvers } from '../../generated/resolvers-types.js';
import { classesOf, schoolClassReference } from './classes.queries.js';
import { createClass } from './create-class.js';

export const classesResolvers: Resolvers = {
  Mutation: {
    createClass: (_p, args, ctx) => createClass(ctx, args),
  },
  AcademicYear: {
    classes: (y, _a, ctx) => classesOf(ctx, y.id),
  },
  SchoolClass: {
    __resolveReference: (ref, ctx) => schoolClassReference(ctx, ref.id),
  },
};
