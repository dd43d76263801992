import type { Resolvers } from '../../generated/resolvers-types.js';
import { parentActivityReport, parentEngagement } from './engagement.queries.js';
import { recordDiaryVisit } from './record-diary-visit.js';

const ref = (id: string) => ({ id });
const iso = (d: Date | null) => d?.toISOString() ?? null;

export const engagementResolvers: Resolvers = {
  Query: {
    parentEngagement: (_p, { classId }, ctx) => parentEngagement(ctx, classId),
    parentActivityReport: (_p, { classId, month }, ctx) =>
      parentActivityReport(ctx, classId, month),
  },
  Mutation: {
    recordDiaryVisit: (_p, _a, ctx) => recordDiaryVisit(ctx),
  },
  ParentEngagement: {
    parent: (e) => ref(e.parentId),
    student: (e) => ref(e.studentId),
    lastDiaryVisit: (e) => iso(e.lastDiaryVisit),
    lastNotificationOpened: (e) => iso(e.lastNotificationOpened),
  },
  ParentActivity: {
    parent: (e) => ref(e.parentId),
  },
};
