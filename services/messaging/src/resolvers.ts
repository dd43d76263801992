import { mergeResolvers } from '@dnevnik/service-runtime';
import type { Resolvers } from './generated/resolvers-types.js';
import { announcementsResolvers } from './modules/announcements/index.js';
import { conversationsResolvers } from './modules/conversations/index.js';
import { engagementResolvers } from './modules/engagement/index.js';
import { notificationsResolvers } from './modules/notifications/index.js';

export const resolvers: Resolvers = mergeResolvers('messaging', [
  conversationsResolvers,
  announcementsResolvers,
  notificationsResolvers,
  engagementResolvers,
]);
