import type { Resolvers } from '../../generated/resolvers-types.js';
import { generateYearLessons } from './generate-lessons.js';
import { setTimetableSlot } from './set-timetable-slot.js';
import { slotsOf } from './timetable.queries.js';

export const timetableResolvers: Resolvers = {
  Query: {
    timetableSlots: (_p, { assignmentId }, ctx) => slotsOf(ctx, assignmentId),
  },
  Mutation: {
    setTimetableSlot: (_p, args, ctx) => setTimetableSlot(ctx, args),
    generateLessons: (_p, args, ctx) => generateYearLessons(ctx, args),
  },
};
