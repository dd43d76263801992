import { auditVerification, CHECKPOINT_STATUS, checkpointStatusHolds } from '@dnevnik/audit';
import { requirePerson } from '@dnevnik/auth';
import type { AttendanceContext } from './context.js';
import type { Resolvers } from './generated/resolvers-types.js';
import { lessonKey } from './loaders.js';
import { verifyAttendanceAuditChain } from './modules/checkpoints/audit-checkpoints.js';
import * as nonattendance from './modules/nonattendance/nonattendance.service.js';
import * as notices from './modules/reasons/notices.service.js';
import * as reasons from './modules/reasons/reasons.service.js';
import { isExcused } from './modules/reasons/reasons.rules.js';
import * as reconciliation from './modules/reasons/reconciliation.service.js';
import * as records from './modules/records/records.service.js';
import * as reads from './modules/records/records.queries.js';
import * as reports from './modules/reports/reports.service.js';

const ref = (id: string) => ({ id });
const iso = (d: Date | null) => (d ? d.toISOString() : null);

export const resolvers: Resolvers = {
  AttendanceStatus: { ABSENT: 'absent', LATE: 'late', PRESENT: 'present' },
  ChainCheckpointStatus: CHECKPOINT_STATUS,
  AttendanceTiming: { ON_TIME: 'on_time', LATE: 'late', TRANSFERRED: 'transferred' },
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
    classAttendanceMonth: (_p, { classId, month }, ctx) =>
      reports.classAttendanceMonth(ctx, classId, month),
    attendanceSummary: (_p, { classId, from, to }, ctx) =>
      reports.attendanceSummary(ctx, classId, from, to),
    studentAttendance: (_p, { studentId, from, to }, ctx) =>
      reports.studentAttendance(ctx, studentId, from, to),
    schoolAttendance: (_p, { schoolId, from, to }, ctx) =>
      reports.schoolAttendance(ctx, schoolId, from, to),
    weeklyReconciliation: (_p, { schoolId, weekStart }, ctx) =>
      reconciliation.weeklyReconciliation(ctx, schoolId, weekStart),
    absenceNotices: (_p, args, ctx) => notices.listNotices(ctx, args),
    nonattendanceSettings: (_p, { schoolId }, ctx) =>
      nonattendance.nonattendanceSettings(ctx, schoolId),
    nonattendanceDetections: (_p, args, ctx) => nonattendance.listDetections(ctx, args),
    verifyAttendance: async (_p, { assignmentId }, ctx) => {
      const { chain: v, checkpoint } = await reads.verifyAttendance(ctx, assignmentId);
      const witnessed = { missingTail: checkpoint.missingTail, checkpoint };
      return v.ok
        ? { ok: checkpointStatusHolds(checkpoint.status), checked: v.checked, ...witnessed }
        : {
            ok: false,
            checked: v.checked,
            firstBrokenRecordId: v.firstBrokenId,
            reason: v.reason,
            ...witnessed,
          };
    },
    verifyAttendanceAuditChain: async (_p, { schoolId }, ctx) => {
      const v = await verifyAttendanceAuditChain(ctx, schoolId);
      return auditVerification(v.chain, v.checkpoint);
    },
  },
  Mutation: {
    recordAttendance: (_p, { lessonId, entries }, ctx) =>
      records.recordAttendance(ctx, lessonId, entries),
    correctAttendance: (_p, args, ctx) => records.correctAttendance(ctx, args),
    setAbsenceReason: (_p, args, ctx) => reasons.setAbsenceReason(ctx, args),
    notifyAbsence: (_p, { input }, ctx) => notices.notifyAbsence(ctx, input),
    decideAbsenceNotice: (_p, args, ctx) => notices.decideAbsenceNotice(ctx, args),
    reconcileWeek: (_p, { classId, weekStart }, ctx) =>
      reconciliation.reconcileWeek(ctx, classId, weekStart),
    setNonattendanceSettings: (_p, args, ctx) => nonattendance.setNonattendanceSettings(ctx, args),
  },

  // Entities of other subgraphs: only a signed-in person gets past the reference; the fields
  // below filter or refuse per viewer, exactly as the root fields do (A7, A8).
  Lesson: {
    __resolveReference: (r, ctx: AttendanceContext) => {
      requirePerson(ctx.viewer);
      return { id: r.id };
    },
    attendance: (l, _a, ctx) => reads.lessonAttendance(ctx, l.id),
  },
  Person: {
    __resolveReference: (r, ctx: AttendanceContext) => {
      requirePerson(ctx.viewer);
      return { id: r.id };
    },
    absences: (p, { from, to }, ctx) => reads.studentRecords(ctx, p.id, from, to),
  },

  AttendanceRecord: {
    student: (r) => ref(r.studentId),
    lesson: (r) => ref(r.lessonId),
    subject: (r) => ref(r.subjectId),
    enteredBy: (r) => ref(r.enteredBy),
    enteredAt: (r) => r.enteredAt.toISOString(),
    approvedBy: (r) => (r.approvedBy ? ref(r.approvedBy) : null),
    replaces: (r, _a, ctx) =>
      r.replacesRecordId ? ctx.loaders.recordById.load(r.replacesRecordId) : null,
    current: async (r, _a, ctx) => !(await ctx.loaders.replacementOf.load(r.id)),
    reason: async (r, _a, ctx) => {
      if (r.status !== 'absent' || (await ctx.loaders.replacementOf.load(r.id))) return null;
      return ctx.loaders.reasonOf.load(lessonKey(r.lessonId, r.studentId));
    },
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
  ClassAttendanceReport: {
    schoolClass: (r) => ref(r.classId),
  },
  StudentAttendanceRow: {
    student: (r) => ref(r.studentId),
  },
  SubjectAttendance: {
    subject: (s) => ref(s.subjectId),
  },
  StudentAttendance: {
    student: (s) => ref(s.studentId),
  },
  NonattendanceSettings: {
    setBy: (s) => (s.setBy ? ref(s.setBy) : null),
    setAt: (s) => iso(s.setAt),
  },
  NonattendanceDetection: {
    student: (d) => ref(d.studentId),
    detectedAt: (d) => d.detectedAt.toISOString(),
  },
};
