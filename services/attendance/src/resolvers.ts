import { mergeResolvers } from '@dnevnik/service-runtime';
import type { Resolvers } from './generated/resolvers-types.js';
import { checkpointsResolvers } from './modules/checkpoints/index.js';
import { nonattendanceResolvers } from './modules/nonattendance/index.js';
import { reasonsResolvers } from './modules/reasons/index.js';
import { recordsResolvers } from './modules/records/index.js';
import { reportsResolvers } from './modules/reports/index.js';

export const resolvers: Resolvers = mergeResolvers('attendance', [
  recordsResolvers,
  reasonsResolvers,
  reportsResolvers,
  nonattendanceResolvers,
  checkpointsResolvers,
]);
