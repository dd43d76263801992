// What the other modules of messaging may use of announcements.
export {
  AnnouncementReadSchema,
  AnnouncementSchema,
  type AudienceKind,
} from './announcement.entities.js';
export { announcementsResolvers } from './announcements.resolvers.js';
