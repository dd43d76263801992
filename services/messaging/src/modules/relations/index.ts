// What the other modules of messaging may use of the school relationships.
export { RmRoleSchema, RmRole } from './role.entities.js';
export { roleHandlers } from './identity.consumer.js';
export { gradesOf, relationsOf, type Relations } from './relations.queries.js';
export {
  inAudience,
  mayAnnounce,
  mayHandleReports,
  mayReadParentActivity,
  maySeeReadCount,
  mayWrite,
} from './relations.access.js';
