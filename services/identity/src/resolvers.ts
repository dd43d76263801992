import type { Resolvers } from './generated/resolvers-types.js';
import { accessResolvers } from './modules/access/index.js';
import { auditResolvers } from './modules/audit/index.js';
import { esiaResolvers } from './modules/esia/index.js';
import { peopleResolvers } from './modules/people/index.js';

/** The modules' resolver maps as one; a field that two modules resolve is a mistake. */
function merge(...maps: Resolvers[]): Resolvers {
  const out: Record<string, Record<string, unknown>> = {};
  for (const map of maps)
    for (const [type, fields] of Object.entries(map as Record<string, Record<string, unknown>>)) {
      const into = (out[type] ??= {});
      for (const [field, resolver] of Object.entries(fields)) {
        if (field in into) throw new Error(`identity: ${type}.${field} is resolved twice`);
        into[field] = resolver;
      }
    }
  return out as Resolvers;
}

export const resolvers: Resolvers = merge(
  peopleResolvers,
  accessResolvers,
  esiaResolvers,
  auditResolvers,
);
