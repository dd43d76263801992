import type { Resolvers } from '../../generated/resolvers-types.js';
import { person } from '../../views.js';
import { changeGroupMembers } from './change-group-members.js';
import { createGroup } from './create-group.js';
import { groupForStaff, groupMembersOn, groupReference } from './groups.queries.js';

export const groupsResolvers: Resolvers = {
  GroupKind: { SUBGROUP: 'subgroup', ELECTIVE: 'elective', PROFILE: 'profile' },
  Query: {
    group: (_p, { id }, ctx) => groupForStaff(ctx, id),
  },
  Mutation: {
    changeGroupMembers: (_p, args, ctx) => changeGroupMembers(ctx, args),
    createGroup: (_p, args, ctx) => createGroup(ctx, args),
  },
  StudyGroup: {
    __resolveReference: (ref, ctx) => groupReference(ctx, ref.id),
    members: async (g, { onDate }, ctx) => (await groupMembersOn(ctx, g, onDate)).map(person),
    schoolClass: (g, _a, ctx) => (g.classId ? ctx.loaders.schoolClass.load(g.classId) : null),
    subject: (g, _a, ctx) => (g.subjectId ? ctx.loaders.subject.load(g.subjectId) : null),
  },
};
