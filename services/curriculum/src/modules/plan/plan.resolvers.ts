import type { Resolvers } from '../../generated/resolvers-types.js';
import { importPlan } from './import-plan.js';
import { topicsOf } from './plan.queries.js';
import { submitPlan } from './submit-plan.js';

export const planResolvers: Resolvers = {
  LessonKind: {
    REGULAR: 'regular',
    CONTROL: 'control',
    LABORATORY: 'laboratory',
    PRACTICAL: 'practical',
    EXCURSION: 'excursion',
    TEST: 'test',
    PROJECT: 'project',
  },
  PlanFileFormat: { CSV: 'csv', XLSX: 'xlsx' },
  Mutation: {
    submitPlan: (_p, args, ctx) => submitPlan(ctx, args),
    importPlan: (_p, args, ctx) => importPlan(ctx, args),
  },
  Plan: {
    submittedAt: (p) => p.submittedAt.toISOString(),
    topics: (p, _a, ctx) => topicsOf(ctx, p.id),
  },
};
