import type { Resolvers } from '../../generated/resolvers-types.js';
import { person } from '../../views.js';
import { classRoster, enrolmentHistory } from './enrolments.queries.js';
import { enrolStudents } from './enrol-students.js';
import { moveStudent } from './move-student.js';

export const enrolmentsResolvers: Resolvers = {
  Query: {
    classRoster: async (_p, { classId, onDate }, ctx) =>
      (await classRoster(ctx, classId, onDate)).map(person),
    enrolmentHistory: (_p, { studentId }, ctx) => enrolmentHistory(ctx, studentId),
  },
  Mutation: {
    moveStudent: (_p, args, ctx) => moveStudent(ctx, args),
    enrolStudents: (_p, args, ctx) => enrolStudents(ctx, args),
  },
  SchoolClass: {
    students: async (c, { onDate }, ctx) => (await classRoster(ctx, c.id, onDate)).map(person),
  },
  Enrolment: {
    student: (e) => person(e.studentId),
    schoolClass: async (e, _a, ctx) => (await ctx.loaders.schoolClass.load(e.classId))!,
  },
};
