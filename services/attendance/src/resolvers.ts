import type { Resolvers } from './generated/resolvers-types.js';
import { checkpointsResolvers } from './modules/checkpoints/index.js';
import { nonattendanceResolvers } from './modules/nonattendance/index.js';
import { reasonsResolvers } from './modules/reasons/index.js';
import { recordsResolvers } from './modules/records/index.js';
import { reportsResolvers } from './modules/reports/index.js';

/** The modules' resolver maps as one; a field that two modules resolve is a mistake. */
function merge(...maps: Resolvers[]): Resolvers {
  const out: Record<string, Record<string, unknown>> = {};
  for (const map of maps)
    for (const [type, fields] of Object.entries(map as Record<string, Record<string, unknown>>)) {
      const into = (out[type] ??= {});
      for (const [field, resolver] of Object.entries(fields)) {
        if (field in into) throw new Error(`attendance: ${type}.${field} is resolved twice`);
        into[field] = resolver;
      }
    }
  return out as Resolvers;
}

export const resolvers: Resolvers = merge(
  recordsResolvers,
  reasonsResolvers,
  reportsResolvers,
  nonattendanceResolvers,
  checkpointsResolvers,
);
