import { mergeResolvers } from '@dnevnik/service-runtime';
import type { Resolvers } from './generated/resolvers-types.js';
import { accessResolvers } from './modules/access/index.js';
import { auditResolvers } from './modules/audit/index.js';
import { esiaResolvers } from './modules/esia/index.js';
import { peopleResolvers } from './modules/people/index.js';

export const resolvers: Resolvers = mergeResolvers('identity', [
  peopleResolvers,
  accessResolvers,
  esiaResolvers,
  auditResolvers,
]);
