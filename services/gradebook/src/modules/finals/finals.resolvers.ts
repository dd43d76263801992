import type { Resolvers } from '../../generated/resolvers-types.js';
import { studentFinals } from './finals.queries.js';
import { setFinal } from './set-final.js';

const ref = (id: string) => ({ id });

export const finalsResolvers: Resolvers = {
  FinalKind: { PERIOD: 'period', YEAR: 'year', EXAM: 'exam', FINAL: 'final' },
  FinalTiming: { EARLY: 'early', ON_TIME: 'on_time', LATE: 'late' },

  Query: {
    studentFinals: (_p, { studentId }, ctx) => studentFinals(ctx, studentId),
  },
  Mutation: {
    setFinal: (_p, { input }, ctx) => setFinal(ctx, input),
  },
  FinalMark: {
    student: (f) => ref(f.studentId),
    period: (f) => (f.periodId ? ref(f.periodId) : null),
    average: (f) => f.mean,
    enteredBy: (f) => ref(f.enteredBy),
    enteredAt: (f) => f.enteredAt.toISOString(),
  },
};
