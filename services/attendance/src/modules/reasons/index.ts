// What the other modules of attendance (and the seed) may use of reasons and notices.
export { auditChain, isExcused } from './reasons.rules.js';
export {
  AbsenceNotice,
  AbsenceNoticeSchema,
  AbsenceReason,
  AbsenceReasonSchema,
  WeekReconciliation,
  WeekReconciliationSchema,
} from './reasons.entities.js';
export { excuseFromConfirmedNotice } from './excuse-absence.js';
export { reconcileWeek } from './reconcile-week.js';
export { setAbsenceReason } from './set-absence-reason.js';
export { reasonsResolvers } from './reasons.resolvers.js';
