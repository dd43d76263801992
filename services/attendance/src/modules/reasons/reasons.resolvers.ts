import type { Resolvers } from '../../generated/resolvers-types.js';
import { decideAbsenceNotice } from './decide-absence-notice.js';
import { notifyAbsence } from './notify-absence.js';
import { listNotices, weeklyReconciliation } from './reasons.queries.js';
import { isExcused } from './reasons.rules.js';
import { reconcileWeek } from './reconcile-week.js';
import { setAbsenceReason } from './set-absence-reason.js';

const ref = (id: string) => ({ id });
const iso = (d: Date | null) => (d ? d.toISOString() : null);

export const reasonsResolvers: Resolvers = {
  AbsenceReasonKind: {
    ILLNESS_CERTIFIED: 'illness_certified',
    ILLNESS: 'illness',
    FAMILY: 'family',
    COMPETITION: 'competition',
    OTHER_EXCUSED: 'other_excused',
    UNEXCUSED: 'unexcused',
  },
  NoticeStatus: { PENDING: 'pending', CONFIRMED: 'confirmed', REJECTED: 'rejected' },

  Query: {
    weeklyReconciliation: (_p, { schoolId, weekStart }, ctx) =>
      weeklyReconciliation(ctx, schoolId, weekStart),
    absenceNotices: (_p, args, ctx) => listNotices(ctx, args),
  },
  Mutation: {
    setAbsenceReason: (_p, args, ctx) => setAbsenceReason(ctx, args),
    notifyAbsence: (_p, { input }, ctx) => notifyAbsence(ctx, input),
    decideAbsenceNotice: (_p, args, ctx) => decideAbsenceNotice(ctx, args),
    reconcileWeek: (_p, { classId, weekStart }, ctx) => reconcileWeek(ctx, classId, weekStart),
  },

  AbsenceReason: {
    excused: (r) => isExcused(r.kind),
    setBy: (r) => ref(r.setBy),
    setAt: (r) => r.setAt.toISOString(),
    notice: (r, _a, ctx) => (r.noticeId ? ctx.loaders.noticeById.load(r.noticeId) : null),
  },
  AbsenceNotice: {
    student: (n) => ref(n.studentId),
    submittedBy: (n) => ref(n.submittedBy),
    submittedAt: (n) => n.submittedAt.toISOString(),
    decidedBy: (n) => (n.decidedBy ? ref(n.decidedBy) : null),
    decidedAt: (n) => iso(n.decidedAt),
  },
  ClassWeek: {
    schoolClass: (w) => ref(w.classId),
    reconciled: (w) => w.reconciledAt !== null,
    reconciledBy: (w) => (w.reconciledBy ? ref(w.reconciledBy) : null),
    reconciledAt: (w) => iso(w.reconciledAt),
  },
  WeekReconciliation: {
    schoolClass: (w) => ref(w.classId),
    reconciledBy: (w) => ref(w.reconciledBy),
    reconciledAt: (w) => w.reconciledAt.toISOString(),
  },
};
