import type { Resolvers } from '../../generated/resolvers-types.js';
import { changePeriod } from './change-period.js';
import { createAcademicYear } from './create-academic-year.js';
import { periodReference, periodsOf, yearsOf } from './years.queries.js';

export const yearsResolvers: Resolvers = {
  PeriodKind: {
    QUARTER: 'quarter',
    TRIMESTER: 'trimester',
    HALF_YEAR: 'half_year',
    MODULE: 'module',
    HOLIDAY: 'holiday',
  },
  Mutation: {
    createAcademicYear: (_p, args, ctx) => createAcademicYear(ctx, args),
    changePeriod: (_p, args, ctx) => changePeriod(ctx, args),
  },
  School: {
    years: (s, _a, ctx) => yearsOf(ctx, s.id),
  },
  AcademicYear: {
    periods: (y, _a, ctx) => periodsOf(ctx, y.id),
  },
  Period: {
    __resolveReference: (ref, ctx) => periodReference(ctx, ref.id),
  },
};
