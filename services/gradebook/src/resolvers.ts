import { mergeResolvers } from '@dnevnik/service-runtime';
import type { Resolvers } from './generated/resolvers-types.js';
import { checkpointsResolvers } from './modules/checkpoints/index.js';
import { finalsResolvers } from './modules/finals/index.js';
import { journalResolvers } from './modules/journal/index.js';
import { marksResolvers } from './modules/marks/index.js';
import { settingsResolvers } from './modules/settings/index.js';

export const resolvers: Resolvers = mergeResolvers('gradebook', [
  marksResolvers,
  journalResolvers,
  finalsResolvers,
  settingsResolvers,
  checkpointsResolvers,
]);
