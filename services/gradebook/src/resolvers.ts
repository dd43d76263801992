import { CHECKPOINT_STATUS, checkpointStatusHolds } from '@dnevnik/audit';
import type { GradebookContext } from './context.js';
import type { Resolvers } from './generated/resolvers-types.js';
import { setFinal, studentFinals } from './modules/finals/set-final.js';
import { journal, studentForecast } from './modules/journal/journal.js';
import { correctMark } from './modules/marks/correct-mark.js';
import { lessonMarks, studentMarks, verifyJournal } from './modules/marks/mark-queries.js';
import { openTransferWindow, permitLateEntry } from './modules/marks/permits.js';
import { postMark } from './modules/marks/post-mark.js';
import { gradingSettings, setGradingSettings } from './modules/settings/grading-settings.js';

const ref = (id: string) => ({ id });

export const resolvers: Resolvers = {
  ChainCheckpointStatus: CHECKPOINT_STATUS,
  EntryTiming: { ON_TIME: 'on_time', LATE: 'late', TRANSFERRED: 'transferred' },
  FinalKind: { PERIOD: 'period', YEAR: 'year', EXAM: 'exam', FINAL: 'final' },
  FinalTiming: { EARLY: 'early', ON_TIME: 'on_time', LATE: 'late' },
  GradingScale: {
    FIVE_POINT: 'five_point',
    PASS_FAIL: 'pass_fail',
    TEN_POINT: 'ten_point',
    HUNDRED_POINT: 'hundred_point',
  },

  Query: {
    journal: (_p, { assignmentId, periodId }, ctx) => journal(ctx, assignmentId, periodId),
    studentMarks: (_p, { studentId, from, to }, ctx) => studentMarks(ctx, studentId, from, to),
    forecast: async (_p, args, ctx) => {
      const f = await studentForecast(ctx, args);
      return { ...f, average: f.mean };
    },
    studentFinals: (_p, { studentId }, ctx) => studentFinals(ctx, studentId),
    gradingSettings: (_p, { schoolId }, ctx) => gradingSettings(ctx, schoolId),
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
    correctMark: (_p, args, ctx) => correctMark(ctx, args),
    setFinal: (_p, { input }, ctx) => setFinal(ctx, input),
    openTransferWindow: (_p, args, ctx) => openTransferWindow(ctx, args),
    permitLateEntry: (_p, args, ctx) => permitLateEntry(ctx, args),
    setGradingSettings: (_p, { input }, ctx) => setGradingSettings(ctx, input),
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
    enteredBy: (f) => ref(f.enteredBy),
    enteredAt: (f) => f.enteredAt.toISOString(),
  },
  GradingSettings: {
    weights: (s) => Object.entries(s.weights).map(([workType, weight]) => ({ workType, weight })),
    minMarksUpTo2Hours: (s) => s.policy.upTo2Hours,
    minMarksMoreHours: (s) => s.policy.moreHours,
    subjectScales: (s) =>
      Object.entries(s.subjectScales).map(([subjectId, scale]) => ({ subjectId, scale })),
    setAt: (s) => s.setAt?.toISOString() ?? null,
    setBy: (s) => (s.setBy ? ref(s.setBy) : null),
  },
  LateEntryPermit: {
    validUntil: (p) => p.validUntil.toISOString(),
  },
  TransferWindow: {
    closesAt: (w) => w.closesAt.toISOString(),
  },
};
