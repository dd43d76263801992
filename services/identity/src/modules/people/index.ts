// What the other modules of identity (and the seed) may use of people.
export {
  ConsentSchema,
  ParentLink,
  ParentLinkSchema,
  Person,
  PersonSchema,
  RoleAssignment,
  RoleAssignmentSchema,
} from './people.entities.js';
export {
  canManageSchoolPeople,
  type PersonAccessFacts,
  type PersonVisibility,
} from './people.access.js';
export { newAssignment, stageRoleGranted } from './assign-role.js';
export { newParentLink, stageGuardianshipLinked } from './link-parent.js';
export { personOf } from './register-person.js';
export { schoolChain } from './people.rules.js';
export { peopleResolvers } from './people.resolvers.js';
export { personView } from './people.queries.js';
