import type { Resolvers } from '../../generated/resolvers-types.js';
import { announcementReadCount, myAnnouncements, readByViewer } from './announcements.queries.js';
import { markAnnouncementRead } from './mark-announcement-read.js';
import { publishAnnouncement } from './publish-announcement.js';

const ref = (id: string) => ({ id });

export const announcementsResolvers: Resolvers = {
  AnnouncementAudience: { CLASS: 'class', PARALLEL: 'parallel', SCHOOL: 'school', STAFF: 'staff' },

  Query: {
    myAnnouncements: (_p, { first }, ctx) => myAnnouncements(ctx, first ?? 50),
  },
  Mutation: {
    publishAnnouncement: (_p, { input }, ctx) => publishAnnouncement(ctx, input),
    markAnnouncementRead: (_p, { id }, ctx) => markAnnouncementRead(ctx, id),
  },
  Announcement: {
    author: (a) => ref(a.authorId),
    createdAt: (a) => a.createdAt.toISOString(),
    read: (a, _a, ctx) => readByViewer(ctx, a),
    readCount: (a, _args, ctx) => announcementReadCount(ctx, a),
  },
};
