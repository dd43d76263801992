import type { Resolvers } from './generated/resolvers-types.js';
import { checkpointsResolvers } from './modules/checkpoints/index.js';
import { finalsResolvers } from './modules/finals/index.js';
import { journalResolvers } from './modules/journal/index.js';
import { marksResolvers } from './modules/marks/index.js';
import { settingsResolvers } from './modules/settings/index.js';

/** The modules' resolver maps as one; a field that two modules resolve is a mistake. */
function merge(...maps: Resolvers[]): Resolvers {
  const out: Record<string, Record<string, unknown>> = {};
  for (const map of maps)
    for (const [type, fields] of Object.entries(map as Record<string, Record<string, unknown>>)) {
      const into = (out[type] ??= {});
      for (const [field, resolver] of Object.entries(fields)) {
        if (field in into) throw new Error(`gradebook: ${type}.${field} is resolved twice`);
        into[field] = resolver;
      }
    }
  return out as Resolvers;
}

export const resolvers: Resolvers = merge(
  marksResolvers,
  journalResolvers,
  finalsResolvers,
  settingsResolvers,
  checkpointsResolvers,
);
