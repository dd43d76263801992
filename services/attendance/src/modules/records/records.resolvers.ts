import { checkpointStatusHolds } from '@dnevnik/audit';
import { isService, requirePerson } from '@dnevnik/auth';
import type { AttendanceContext } from '../../context.js';
import type { Resolvers } from '../../generated/resolvers-types.js';
import { lessonKey } from '../reports/index.js';
import { correctAttendance } from './correct-attendance.js';
import { recordAttendance } from './record-attendance.js';
import { lessonAttendance, studentRecords, verifyAttendance } from './records.queries.js';

const ref = (id: string) => ({ id });

export const recordsResolvers: Resolvers = {
  AttendanceStatus: { ABSENT: 'absent', LATE: 'late', PRESENT: 'present' },
  AttendanceTiming: { ON_TIME: 'on_time', LATE: 'late', TRANSFERRED: 'transferred' },

  Query: {
    verifyAttendance: async (_p, { assignmentId }, ctx) => {
      const { chain: v, checkpoint } = await verifyAttendance(ctx, assignmentId);
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
  },
  Mutation: {
    recordAttendance: (_p, { lessonId, entries }, ctx) => recordAttendance(ctx, lessonId, entries),
    correctAttendance: (_p, args, ctx) => correctAttendance(ctx, args),
  },

  // Entities of other subgraphs: only a signed-in person gets past the reference; the fields
  // below filter or refuse per viewer, exactly as the root fields do (A7, A8).
  Lesson: {
    __resolveReference: (r, ctx: AttendanceContext) => {
      // The archive's service passes; `attendance` shows it only its own school's records.
      if (!isService(ctx.viewer)) requirePerson(ctx.viewer);
      return { id: r.id };
    },
    attendance: (l, _a, ctx) => lessonAttendance(ctx, l.id),
  },
  Person: {
    __resolveReference: (r, ctx: AttendanceContext) => {
      requirePerson(ctx.viewer);
      return { id: r.id };
    },
    absences: (p, { from, to }, ctx) => studentRecords(ctx, p.id, from, to),
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
};
