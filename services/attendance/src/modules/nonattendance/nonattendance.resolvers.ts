import type { Resolvers } from '../../generated/resolvers-types.js';
import { listDetections, nonattendanceSettings } from './nonattendance.queries.js';
import { setNonattendanceSettings } from './set-nonattendance-settings.js';

const ref = (id: string) => ({ id });
const iso = (d: Date | null) => (d ? d.toISOString() : null);

export const nonattendanceResolvers: Resolvers = {
  Query: {
    nonattendanceSettings: (_p, { schoolId }, ctx) => nonattendanceSettings(ctx, schoolId),
    nonattendanceDetections: (_p, args, ctx) => listDetections(ctx, args),
  },
  Mutation: {
    setNonattendanceSettings: (_p, args, ctx) => setNonattendanceSettings(ctx, args),
  },
  NonattendanceSettings: {
    setBy: (s) => (s.setBy ? ref(s.setBy) : null),
    setAt: (s) => iso(s.setAt),
  },
  NonattendanceDetection: {
    student: (d) => ref(d.studentId),
    detectedAt: (d) => d.detectedAt.toISOString(),
  },
};
