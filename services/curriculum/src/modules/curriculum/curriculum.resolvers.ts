import type { Resolvers } from '../../generated/resolvers-types.js';
import { person } from '../../views.js';
import { curriculumOf, individualCurriculumOf } from './curriculum.queries.js';
import { setCurriculumItem } from './set-curriculum-item.js';
import { setIndividualCurriculumItem } from './set-individual-curriculum-item.js';

export const curriculumResolvers: Resolvers = {
  Query: {
    curriculum: (_p, { yearId }, ctx) => curriculumOf(ctx, yearId),
    individualCurriculum: (_p, { yearId }, ctx) => individualCurriculumOf(ctx, yearId),
  },
  Mutation: {
    setCurriculumItem: (_p, args, ctx) => setCurriculumItem(ctx, args),
    setIndividualCurriculumItem: (_p, args, ctx) => setIndividualCurriculumItem(ctx, args),
  },
  CurriculumItem: {
    subject: async (i, _a, ctx) => (await ctx.loaders.subject.load(i.subjectId))!,
  },
  IndividualCurriculumItem: {
    student: (i) => person(i.studentId),
    subject: async (i, _a, ctx) => (await ctx.loaders.subject.load(i.subjectId))!,
  },
};
