import type { Resolvers } from '../../generated/resolvers-types.js';
import { journal, studentForecast } from './journal.queries.js';

const ref = (id: string) => ({ id });

export const journalResolvers: Resolvers = {
  Query: {
    journal: (_p, { assignmentId, periodId }, ctx) => journal(ctx, assignmentId, periodId),
    forecast: async (_p, args, ctx) => {
      const f = await studentForecast(ctx, args);
      return { ...f, average: f.mean };
    },
  },
  JournalPage: {
    period: (p) => ref(p.periodId),
    lessons: (p) => p.lessonIds.map(ref),
  },
  JournalRow: {
    student: (r) => ref(r.studentId),
    average: (r) => r.mean,
    suggestedFinal: (r) => r.suggested,
    enoughMarks: (r) => r.enough,
    requiredMarks: (r) => r.required,
  },
};
