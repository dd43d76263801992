import type { Resolvers } from '../../generated/resolvers-types.js';
import { markNotificationsRead } from './mark-notifications-read.js';
import { deliveriesOf, myNotifications, myPreferences } from './notifications.queries.js';
import { setPreferences } from './set-preferences.js';

const ref = (id: string) => ({ id });
const iso = (d: Date | null) => d?.toISOString() ?? null;

export const notificationsResolvers: Resolvers = {
  NotificationKind: {
    MARK: 'mark',
    MARK_CORRECTED: 'mark_corrected',
    FINAL: 'final',
    ABSENCE: 'absence',
    HOMEWORK: 'homework',
    NONATTENDANCE: 'nonattendance',
  },
  DeliveryChannel: { EMAIL: 'email', SMS: 'sms' },
  DeliveryStatus: { PENDING: 'pending', SENT: 'sent', FAILED: 'failed' },

  Query: {
    myNotifications: (_p, args, ctx) => myNotifications(ctx, args),
    myNotificationPreferences: (_p, _a, ctx) => myPreferences(ctx),
  },
  Mutation: {
    markNotificationsRead: (_p, { ids }, ctx) => markNotificationsRead(ctx, ids),
    setNotificationPreferences: (_p, { input }, ctx) => setPreferences(ctx, input),
  },
  Notification: {
    student: (n) => (n.studentId ? ref(n.studentId) : null),
    lesson: (n) => (n.lessonId ? ref(n.lessonId) : null),
    subject: (n) => (n.subjectId ? ref(n.subjectId) : null),
    createdAt: (n) => n.createdAt.toISOString(),
    read: (n) => !!n.readAt,
    deliveries: (n, _a, ctx) => deliveriesOf(ctx, n),
  },
  Delivery: {
    nextAttemptAt: (d) => d.nextAttemptAt.toISOString(),
    sentAt: (d) => iso(d.sentAt),
  },
  NotificationPreferences: {
    quietHours: (p) =>
      p.quietStart && p.quietEnd ? { start: p.quietStart, end: p.quietEnd } : null,
  },
};
