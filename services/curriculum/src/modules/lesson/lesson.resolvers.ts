import type { Resolvers } from '../../generated/resolvers-types.js';
import { person } from '../../views.js';
import { addExtraLesson } from './add-extra-lesson.js';
import { changeLesson } from './change-lesson.js';
import { grantSubstitution } from './grant-substitution.js';
import {
  classTimetable,
  journalHeader,
  myTimetable,
  readableLesson,
  visibleHomework,
} from './lesson.queries.js';
import { recordLesson } from './record-lesson.js';
import { removeHomework } from './remove-homework.js';
import { updateHomework } from './update-homework.js';

export const lessonResolvers: Resolvers = {
  LessonStatus: { SCHEDULED: 'scheduled', CONDUCTED: 'conducted', CANCELLED: 'cancelled' },
  RecordStatus: { ON_TIME: 'on_time', LATE: 'late', TRANSFERRED: 'transferred' },
  Query: {
    myTimetable: (_p, { from, to }, ctx) => myTimetable(ctx, from, to),
    classTimetable: (_p, args, ctx) => classTimetable(ctx, args),
    journalHeader: (_p, args, ctx) => journalHeader(ctx, args),
  },
  Mutation: {
    changeLesson: (_p, args, ctx) => changeLesson(ctx, args),
    addExtraLesson: (_p, args, ctx) => addExtraLesson(ctx, args),
    recordLesson: (_p, { input }, ctx) => recordLesson(ctx, input),
    updateHomework: (_p, { id, input }, ctx) => updateHomework(ctx, id, input),
    removeHomework: (_p, { id }, ctx) => removeHomework(ctx, id),
    grantSubstitution: async (_p, args, ctx) => (await grantSubstitution(ctx, args)).length,
  },
  Lesson: {
    // The same check as the root fields: _entities is no back door (A7, A8).
    __resolveReference: (ref, ctx) => readableLesson(ctx, ref.id),
    startsAt: async (l, _a, ctx) =>
      (await ctx.loaders.bellsBySchool.load(l.schoolId)).find(
        (b) => b.lessonNumber === l.lessonNumber,
      )?.startsAt ?? null,
    endsAt: async (l, _a, ctx) =>
      (await ctx.loaders.bellsBySchool.load(l.schoolId)).find(
        (b) => b.lessonNumber === l.lessonNumber,
      )?.endsAt ?? null,
    schoolClass: (l, _a, ctx) => (l.classId ? ctx.loaders.schoolClass.load(l.classId) : null),
    group: (l, _a, ctx) => (l.groupId ? ctx.loaders.group.load(l.groupId) : null),
    subject: async (l, _a, ctx) => (await ctx.loaders.subject.load(l.subjectId))!,
    teacher: (l) => person(l.teacherId),
    conductedBy: (l) => (l.conductedBy ? person(l.conductedBy) : null),
    substitutes: async (l, _a, ctx) =>
      (await ctx.loaders.substitutesByLesson.load(l.id)).map(person),
    topic: (l) => l.topicTitle,
    planTopic: (l, _a, ctx) => (l.topicId ? ctx.loaders.planTopic.load(l.topicId) : null),
    homework: (l, _a, ctx) => visibleHomework(ctx, l),
  },
  Homework: {
    student: (h) => (h.studentId ? person(h.studentId) : null),
    attachments: (h, _a, ctx) => ctx.loaders.attachmentsByHomework.load(h.id),
    changedAt: (h) => h.changedAt?.toISOString() ?? null,
  },
  Attachment: {
    key: (a) => a.fileKey,
  },
};
