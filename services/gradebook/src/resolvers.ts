import type { GradebookContext } from './context.js';
import type { Resolvers } from './generated/resolvers-types.js';
import { Mark } from './modules/marks/mark.entities.js';
import * as marks from './modules/marks/mark.service.js';

const ref = (id: string) => ({ id });

export const resolvers: Resolvers = {
  EntryTiming: { ON_TIME: 'on_time', LATE: 'late', TRANSFERRED: 'transferred' },
  FinalKind: { PERIOD: 'period', YEAR: 'year', EXAM: 'exam', FINAL: 'final' },
  FinalTiming: { EARLY: 'early', ON_TIME: 'on_time', LATE: 'late' },

  Query: {
    journal: async (_p, { assignmentId, periodId }, ctx) =>
      marks.journal(ctx, assignmentId, periodId),
    studentMarks: (_p, { studentId, from, to }, ctx) =>
      marks.studentMarks(ctx, studentId, from, to),
    forecast: async (_p, args, ctx) => {
      const f = await marks.studentForecast(ctx, args);
      return { ...f, average: f.mean };
    },
    verifyJournal: async (_p, { assignmentId }, ctx) => {
      const v = await marks.verifyJournal(ctx, assignmentId);
      return v.ok
        ? { ok: true, checked: v.checked }
        : {
            ok: false,
            checked: v.checked,
            firstBrokenMarkId: v.firstBrokenId,
            reason: v.reason,
          };
    },
  },
  Mutation: {
    postMark: (_p, { input }, ctx) => marks.postMark(ctx, input),
    correctMark: (_p, args, ctx) => marks.correctMark(ctx, args),
    setFinal: (_p, { input }, ctx) => marks.setFinal(ctx, input),
    openTransferWindow: (_p, args, ctx) => marks.openTransferWindow(ctx, args),
    permitLateEntry: (_p, args, ctx) => marks.permitLateEntry(ctx, args),
  },
  Lesson: {
    // Marks are filtered per viewer, as for the root fields: _entities is no back door (A8).
    __resolveReference: (r) => ({ id: r.id }),
    marks: (l, _a, ctx: GradebookContext) => marks.lessonMarks(ctx, l.id),
  },
  Mark: {
    student: (m) => ref(m.studentId),
    lesson: (m) => (m.lessonId ? ref(m.lessonId) : null),
    enteredBy: (m) => ref(m.enteredBy),
    enteredAt: (m) => m.enteredAt.toISOString(),
    approvedBy: (m) => (m.approvedBy ? ref(m.approvedBy) : null),
    replaces: (m, _a, ctx) =>
      m.replacesMarkId ? ctx.em.findOne(Mark, { id: m.replacesMarkId }) : null,
    current: async (m, _a, ctx) => !(await ctx.em.findOne(Mark, { replacesMarkId: m.id })),
  },
  JournalPage: {
    period: (p) => ref(p.periodId),
    lessons: (p) => p.lessonIds.map(ref),
  },
  JournalRow: {
    student: (r) => ref(r.studentId),
    average: (r) => r.mean,
    suggestedFinal: (r) => r.suggested,
    enoughMarks: (r) => r.enough,
    requiredMarks: (r) => r.required,
  },
  FinalMark: {
    student: (f) => ref(f.studentId),
    period: (f) => (f.periodId ? ref(f.periodId) : null),
    average: (f) => f.mean,
  },
  LateEntryPermit: {
    validUntil: (p) => p.validUntil.toISOString(),
  },
  TransferWindow: {
    closesAt: (w) => w.closesAt.toISOString(),
  },
};
