import { requirePerson } from '@dnevnik/auth';
import { forbidden, notFound, requireUuid } from '@dnevnik/errors';
import { todayOf, type MessagingContext } from '../../context.js';
import { mayHandleReports, relationsOf } from '../relations/index.js';
import {
  AbuseReport,
  Message,
  MessageRead,
  Thread,
  ThreadMember,
} from './conversation.entities.js';

/** The thread, for one of its members; "not yours" and "does not exist" look the same. */
export async function requireMembership(ctx: MessagingContext, threadId: string) {
  const viewer = requirePerson(ctx.viewer);
  const id = requireUuid(threadId, 'threadId');
  const member = await ctx.em.findOne(ThreadMember, { threadId: id, personId: viewer.personId });
  const thread = member ? await ctx.em.findOne(Thread, { id }) : null;
  // "Not yours" and "does not exist" look the same: a thread's existence is not public.
  if (!thread) throw notFound('Переписка');
  return { viewer, thread };
}

export async function myThreads(ctx: MessagingContext): Promise<Thread[]> {
  const viewer = requirePerson(ctx.viewer);
  const memberships = await ctx.em.find(ThreadMember, { personId: viewer.personId });
  if (memberships.length === 0) return [];
  return ctx.em.find(
    Thread,
    { id: { $in: memberships.map((m) => m.threadId) } },
    { orderBy: { lastMessageAt: 'desc' }, limit: 100 },
  );
}

export async function thread(ctx: MessagingContext, threadId: string) {
  return (await requireMembership(ctx, threadId)).thread;
}

/** The thread's latest messages (1–200), oldest first. */
export async function threadMessages(
  ctx: MessagingContext,
  threadId: string,
  last: number | null | undefined,
): Promise<Message[]> {
  const n = Math.min(Math.max(last ?? 50, 1), 200);
  const rows = await ctx.em.find(
    Message,
    { threadId },
    { orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], limit: n },
  );
  return rows.reverse();
}

/** Who has read a message (read receipts). */
export async function readersOf(ctx: MessagingContext, messageId: string): Promise<string[]> {
  return (await ctx.em.find(MessageRead, { messageId })).map((r) => r.personId);
}

/** The message a report is about. */
export const reportedMessage = (ctx: MessagingContext, report: AbuseReport) =>
  ctx.em.findOneOrFail(Message, { id: report.messageId });

/** Open abuse reports of a school, for its administration. */
export async function abuseReports(ctx: MessagingContext, schoolId: string) {
  const viewer = requirePerson(ctx.viewer);
  const id = requireUuid(schoolId, 'schoolId');
  const relations = (await relationsOf(ctx.em, [viewer.personId], todayOf(ctx))).get(
    viewer.personId,
  )!;
  if (!mayHandleReports(relations, id)) throw forbidden('Жалобы разбирает администрация школы.');
  return ctx.em.find(
    AbuseReport,
    { schoolId: id, resolvedAt: null },
    { orderBy: { createdAt: 'asc' } },
  );
}
