export {
  GroupMember,
  GroupMemberSchema,
  StudyGroup,
  StudyGroupSchema,
  type GroupKind,
} from './groups.entities.js';
export { membershipsOf } from './groups.queries.js';
export { groupsResolvers } from './groups.resolvers.js';
