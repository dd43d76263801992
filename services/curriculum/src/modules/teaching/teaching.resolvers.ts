import type { Resolvers } from '../../generated/resolvers-types.js';
import { person } from '../../views.js';
import { assignTeacher } from './assign-teacher.js';
import { assignmentForStaff, assignmentsOf } from './teaching.queries.js';

export const teachingResolvers: Resolvers = {
  Query: {
    teachingAssignments: (_p, { yearId }, ctx) => assignmentsOf(ctx, yearId),
  },
  Mutation: {
    assignTeacher: (_p, args, ctx) => assignTeacher(ctx, args),
  },
  TeachingAssignment: {
    __resolveReference: (ref, ctx) => assignmentForStaff(ctx, ref.id),
    teacher: (a) => person(a.teacherId),
    subject: async (a, _x, ctx) => (await ctx.loaders.subject.load(a.subjectId))!,
    schoolClass: (a, _x, ctx) => (a.classId ? ctx.loaders.schoolClass.load(a.classId) : null),
    group: (a, _x, ctx) => (a.groupId ? ctx.loaders.group.load(a.groupId) : null),
    plan: (a, _x, ctx) => ctx.loaders.currentPlan.load(a.id),
  },
};
