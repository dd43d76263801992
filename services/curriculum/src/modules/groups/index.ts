export {
  GroupMember,
  GroupMemberSchema,
  StudyGroup,
  StudyGroupSchema,
  type GroupKind,
} from './groups.entities.js';
export { groupMemberOf, groupOf } from './create-group.js';
export { stageGroupChanged } from './stage-group-event.js';
export { membershipsOf } from './groups.queries.js';
export { groupsResolvers } from './groups.resolvers.js';
