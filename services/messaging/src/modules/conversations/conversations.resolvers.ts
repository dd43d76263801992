import type { Resolvers } from '../../generated/resolvers-types.js';
import {
  abuseReports,
  myThreads,
  readersOf,
  reportedMessage,
  thread,
  threadMessages,
} from './conversations.queries.js';
import { markThreadRead } from './mark-thread-read.js';
import { reportMessage } from './report-message.js';
import { resolveReport } from './resolve-report.js';
import { sendMessage } from './send-message.js';
import { startThread } from './start-thread.js';

const ref = (id: string) => ({ id });

export const conversationsResolvers: Resolvers = {
  ThreadKind: { DIRECT: 'direct', GROUP: 'group' },
  ReportResolution: { RESTORED: 'restored', REMOVED: 'removed' },

  Query: {
    myThreads: (_p, _a, ctx) => myThreads(ctx),
    thread: (_p, { id }, ctx) => thread(ctx, id),
    abuseReports: (_p, { schoolId }, ctx) => abuseReports(ctx, schoolId),
  },
  Mutation: {
    startThread: (_p, { input }, ctx) => startThread(ctx, input),
    sendMessage: (_p, args, ctx) => sendMessage(ctx, args),
    markThreadRead: (_p, { threadId }, ctx) => markThreadRead(ctx, threadId),
    reportMessage: (_p, args, ctx) => reportMessage(ctx, args),
    resolveReport: (_p, args, ctx) => resolveReport(ctx, args),
  },
  Thread: {
    members: async (t, _a, ctx) => (await ctx.threads.members.load(t.id)).map(ref),
    messages: (t, { last }, ctx) => threadMessages(ctx, t.id, last),
    lastMessageAt: (t) => t.lastMessageAt.toISOString(),
    unreadCount: (t, _a, ctx) => ctx.threads.unread.load(t.id),
  },
  Message: {
    author: (m) => ref(m.authorId),
    body: (m) => (m.hiddenAt ? null : m.body),
    hidden: (m) => !!m.hiddenAt,
    attachments: (m) => (m.hiddenAt ? [] : m.attachments),
    createdAt: (m) => m.createdAt.toISOString(),
    readBy: async (m, _a, ctx) => (await readersOf(ctx, m.id)).map(ref),
  },
  AbuseReport: {
    message: (r, _a, ctx) => reportedMessage(ctx, r),
    reporter: (r) => ref(r.reporterId),
    createdAt: (r) => r.createdAt.toISOString(),
  },
};
