import { requirePerson } from '@dnevnik/auth';
import type { Resolvers } from './generated/resolvers-types.js';
import * as announcements from './modules/announcements/announcements.service.js';
import { AnnouncementRead } from './modules/announcements/announcement.entities.js';
import * as conversations from './modules/conversations/conversations.service.js';
import { Message, MessageRead } from './modules/conversations/conversation.entities.js';
import * as engagement from './modules/engagement/engagement.service.js';
import * as notifications from './modules/notifications/notifications.service.js';

const ref = (id: string) => ({ id });
const iso = (d: Date | null) => d?.toISOString() ?? null;

export const resolvers: Resolvers = {
  ThreadKind: { DIRECT: 'direct', GROUP: 'group' },
  ReportResolution: { RESTORED: 'restored', REMOVED: 'removed' },
  AnnouncementAudience: { CLASS: 'class', PARALLEL: 'parallel', SCHOOL: 'school', STAFF: 'staff' },
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
    myThreads: (_p, _a, ctx) => conversations.myThreads(ctx),
    thread: (_p, { id }, ctx) => conversations.thread(ctx, id),
    myAnnouncements: (_p, { first }, ctx) => announcements.myAnnouncements(ctx, first ?? 50),
    myNotifications: (_p, args, ctx) => notifications.myNotifications(ctx, args),
    myNotificationPreferences: (_p, _a, ctx) => notifications.myPreferences(ctx),
    abuseReports: (_p, { schoolId }, ctx) => conversations.abuseReports(ctx, schoolId),
    parentEngagement: (_p, { classId }, ctx) => engagement.parentEngagement(ctx, classId),
    parentActivityReport: (_p, { classId, month }, ctx) =>
      engagement.parentActivityReport(ctx, classId, month),
  },
  Mutation: {
    startThread: (_p, { input }, ctx) => conversations.startThread(ctx, input),
    sendMessage: (_p, args, ctx) => conversations.sendMessage(ctx, args),
    markThreadRead: (_p, { threadId }, ctx) => conversations.markThreadRead(ctx, threadId),
    reportMessage: (_p, args, ctx) => conversations.reportMessage(ctx, args),
    resolveReport: (_p, args, ctx) => conversations.resolveReport(ctx, args),
    publishAnnouncement: (_p, { input }, ctx) => announcements.publishAnnouncement(ctx, input),
    markAnnouncementRead: (_p, { id }, ctx) => announcements.markAnnouncementRead(ctx, id),
    markNotificationsRead: (_p, { ids }, ctx) => notifications.markNotificationsRead(ctx, ids),
    setNotificationPreferences: (_p, { input }, ctx) => notifications.setPreferences(ctx, input),
    recordDiaryVisit: (_p, _a, ctx) => engagement.recordDiaryVisit(ctx),
  },
  Thread: {
    members: async (t, _a, ctx) => (await ctx.threads.members.load(t.id)).map(ref),
    messages: async (t, { last }, ctx) => {
      const n = Math.min(Math.max(last ?? 50, 1), 200);
      const rows = await ctx.em.find(
        Message,
        { threadId: t.id },
        { orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], limit: n },
      );
      return rows.reverse();
    },
    lastMessageAt: (t) => t.lastMessageAt.toISOString(),
    unreadCount: (t, _a, ctx) => ctx.threads.unread.load(t.id),
  },
  Message: {
    author: (m) => ref(m.authorId),
    body: (m) => (m.hiddenAt ? null : m.body),
    hidden: (m) => !!m.hiddenAt,
    attachments: (m) => (m.hiddenAt ? [] : m.attachments),
    createdAt: (m) => m.createdAt.toISOString(),
    readBy: async (m, _a, ctx) =>
      (await ctx.em.find(MessageRead, { messageId: m.id })).map((r) => ref(r.personId)),
  },
  AbuseReport: {
    message: (r, _a, ctx) => ctx.em.findOneOrFail(Message, { id: r.messageId }),
    reporter: (r) => ref(r.reporterId),
    createdAt: (r) => r.createdAt.toISOString(),
  },
  Announcement: {
    author: (a) => ref(a.authorId),
    createdAt: (a) => a.createdAt.toISOString(),
    read: async (a, _a, ctx) =>
      !!(await ctx.em.findOne(AnnouncementRead, {
        announcementId: a.id,
        personId: requirePerson(ctx.viewer).personId,
      })),
    readCount: (a, _args, ctx) => announcements.announcementReadCount(ctx, a),
  },
  Notification: {
    student: (n) => (n.studentId ? ref(n.studentId) : null),
    lesson: (n) => (n.lessonId ? ref(n.lessonId) : null),
    subject: (n) => (n.subjectId ? ref(n.subjectId) : null),
    createdAt: (n) => n.createdAt.toISOString(),
    read: (n) => !!n.readAt,
    deliveries: (n, _a, ctx) => notifications.deliveriesOf(ctx, n),
  },
  Delivery: {
    nextAttemptAt: (d) => d.nextAttemptAt.toISOString(),
    sentAt: (d) => iso(d.sentAt),
  },
  NotificationPreferences: {
    quietHours: (p) =>
      p.quietStart && p.quietEnd ? { start: p.quietStart, end: p.quietEnd } : null,
  },
  ParentEngagement: {
    parent: (e) => ref(e.parentId),
    student: (e) => ref(e.studentId),
    lastDiaryVisit: (e) => iso(e.lastDiaryVisit),
    lastNotificationOpened: (e) => iso(e.lastNotificationOpened),
  },
  ParentActivity: {
    parent: (e) => ref(e.parentId),
  },
};
