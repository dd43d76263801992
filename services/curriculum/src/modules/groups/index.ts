export {
  GroupMember,
  GroupMemberSchema,
  StudyGroup,
  StudyGroupSchema,
  type GroupKind,
} from './groups.entities.js';
export { membershipsOf } from './groups.queries.js';
export { createGroup } from './create-group.js';
export { groupsResolvers } from './groups.resolvers.js';
