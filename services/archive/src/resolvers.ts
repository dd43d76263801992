import { mergeResolvers } from '@dnevnik/service-runtime';
import type { Resolvers } from './generated/resolvers-types.js';
import { documentsResolvers } from './modules/documents/index.js';

export const resolvers: Resolvers = mergeResolvers('archive', [documentsResolvers]);
