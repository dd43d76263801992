import { checkpointStatusHolds } from '@dnevnik/audit';
import type { GradebookContext } from '../../context.js';
import type { Resolvers } from '../../generated/resolvers-types.js';
import { correctMark } from './correct-mark.js';
import { lessonMarks, studentMarks, verifyJournal } from './marks.queries.js';
import { openTransferWindow } from './open-transfer-window.js';
import { permitLateEntry } from './permit-late-entry.js';
import { postMark } from './post-mark.js';
import { postMarks } from './post-marks.js';

const ref = (id: string) => ({ id });

export const marksResolvers: Resolvers = {
  EntryTiming: { ON_TIME: 'on_time', LATE: 'late', TRANSFERRED: 'transferred' },
  GradingScale: {
    FIVE_POINT: 'five_point',
    PASS_FAIL: 'pass_fail',
    TEN_POINT: 'ten_point',
    HUNDRED_POINT: 'hundred_point',
  },

  Query: {
    studentMarks: (_p, { studentId, from, to }, ctx) => studentMarks(ctx, studentId, from, to),
    verifyJournal: async (_p, { assignmentId }, ctx) => {
      const { chain: v, checkpoint } = await verifyJournal(ctx, assignmentId);
      const witnessed = { missingTail: checkpoint.missingTail, checkpoint };
      return v.ok
        ? { ok: checkpointStatusHolds(checkpoint.status), checked: v.checked, ...witnessed }
        : {
            ok: false,
            checked: v.checked,
            firstBrokenMarkId: v.firstBrokenId,
            reason: v.reason,
            ...witnessed,
          };
    },
  },
  Mutation: {
    postMark: (_p, { input }, ctx) => postMark(ctx, input),
    postMarks: (_p, { input }, ctx) => postMarks(ctx, input),
    correctMark: (_p, args, ctx) => correctMark(ctx, args),
    openTransferWindow: (_p, args, ctx) => openTransferWindow(ctx, args),
    permitLateEntry: (_p, args, ctx) => permitLateEntry(ctx, args),
  },
  Lesson: {
    // Marks are filtered per viewer, as for the root fields: _entities is no back door (A8).
    __resolveReference: (r) => ({ id: r.id }),
    marks: (l, _a, ctx: GradebookContext) => lessonMarks(ctx, l.id),
  },
  Mark: {
    student: (m) => ref(m.studentId),
    lesson: (m) => (m.lessonId ? ref(m.lessonId) : null),
    fivePointValue: (m) => m.numeric,
    enteredBy: (m) => ref(m.enteredBy),
    enteredAt: (m) => m.enteredAt.toISOString(),
    approvedBy: (m) => (m.approvedBy ? ref(m.approvedBy) : null),
    // A correction or pair part is a mark of the same student: visible to whoever sees this one.
    replaces: (m, _a, ctx) => (m.replacesMarkId ? ctx.marks.byId.load(m.replacesMarkId) : null),
    pairedWith: async (m, _a, ctx) =>
      m.pairId
        ? ((await ctx.marks.pair.load(m.pairId)).find(
            (p) => p.pairPart !== m.pairPart && !p.replacesMarkId,
          ) ?? null)
        : null,
    current: async (m, _a, ctx) => !(await ctx.marks.replacementOf.load(m.id)),
  },
  LateEntryPermit: {
    validUntil: (p) => p.validUntil.toISOString(),
  },
  TransferWindow: {
    closesAt: (w) => w.closesAt.toISOString(),
  },
};
