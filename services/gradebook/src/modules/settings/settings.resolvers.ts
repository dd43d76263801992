import type { Resolvers } from '../../generated/resolvers-types.js';
import { setGradingSettings } from './set-grading-settings.js';
import { gradingSettings } from './settings.queries.js';

const ref = (id: string) => ({ id });

export const settingsResolvers: Resolvers = {
  Query: {
    gradingSettings: (_p, { schoolId }, ctx) => gradingSettings(ctx, schoolId),
  },
  Mutation: {
    setGradingSettings: (_p, { input }, ctx) => setGradingSettings(ctx, input),
  },
  GradingSettings: {
    weights: (s) => Object.entries(s.weights).map(([workType, weight]) => ({ workType, weight })),
    minMarksUpTo2Hours: (s) => s.policy.upTo2Hours,
    minMarksMoreHours: (s) => s.policy.moreHours,
    subjectScales: (s) =>
      Object.entries(s.subjectScales).map(([subjectId, scale]) => ({ subjectId, scale })),
    setAt: (s) => s.setAt?.toISOString() ?? null,
    setBy: (s) => (s.setBy ? ref(s.setBy) : null),
  },
};
