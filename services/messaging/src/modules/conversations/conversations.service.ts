import { v7 as uuidv7 } from 'uuid';
import { requirePerson } from '@dnevnik/auth';
import { MessagingEvents } from '@dnevnik/contracts';
import {
  AppError,
  badInput,
  conflict,
  forbidden,
  notFound,
  requireText,
  requireUuid,
} from '@dnevnik/errors';
import { stageEvent } from '@dnevnik/events';
import { decodeAttachments, storeAttachments, type AttachmentInput } from '@dnevnik/files';
import { inTransaction } from '@dnevnik/service-runtime';
import { eventContext, todayOf, type MessagingContext } from '../../context.js';
import { mayWrite } from '../relations/messaging.access.js';
import { relationsOf } from '../relations/relations.js';
import {
  AbuseReport,
  Message,
  MessageRead,
  Thread,
  ThreadMember,
} from './conversation.entities.js';

const MAX_MEMBERS = 40;

async function requireMembership(ctx: MessagingContext, threadId: string) {
  const viewer = requirePerson(ctx.viewer);
  const id = requireUuid(threadId, 'threadId');
  const member = await ctx.em.findOne(ThreadMember, { threadId: id, personId: viewer.personId });
  const thread = member ? await ctx.em.findOne(Thread, { id }) : null;
  // "Not yours" and "does not exist" look the same: a thread's existence is not public.
  if (!thread) throw notFound('Переписка');
  return { viewer, thread };
}

/**
 * C1: opens a direct or group thread with a first message. The sender must be allowed to write
 * to every member by the school's real relationships; otherwise nothing is created and the
 * refusal says whom.
 */
export async function startThread(
  ctx: MessagingContext,
  input: {
    schoolId: string;
    memberIds: string[];
    subject?: string | null;
    body: string;
    attachments?: AttachmentInput[] | null;
  },
): Promise<Thread> {
  const viewer = requirePerson(ctx.viewer);
  const schoolId = requireUuid(input.schoolId, 'schoolId');
  const members = [...new Set(input.memberIds.map((m) => requireUuid(m, 'memberIds')))].filter(
    (m) => m !== viewer.personId,
  );
  if (members.length === 0) throw badInput('Укажите хотя бы одного собеседника.');
  if (members.length > MAX_MEMBERS)
    throw badInput(`В переписке не больше ${MAX_MEMBERS} участников; для класса есть объявления.`);
  const body = requireText(input.body, 'body', 4000);
  const subject = input.subject?.trim() ? requireText(input.subject, 'subject', 200) : null;
  const files = decodeAttachments(input.attachments);
  const relations = await relationsOf(ctx.em, [viewer.personId, ...members], todayOf(ctx));
  const sender = relations.get(viewer.personId)!;
  const refused = members.filter((m) => !mayWrite(sender, relations.get(m)!, schoolId));
  if (refused.length > 0)
    throw new AppError(
      'FORBIDDEN',
      'Писать можно учителям и классному руководителю своего ребёнка (или своим), а учителю — ученикам и родителям своих классов.',
      { refused },
    );
  const stored = await storeAttachments(ctx.deps.files, files);
  return inTransaction(ctx, async (tx) => {
    const now = ctx.deps.now();
    const thread = Object.assign(new Thread(), {
      id: uuidv7(),
      schoolId,
      kind: members.length === 1 ? 'direct' : 'group',
      subject,
      createdBy: viewer.personId,
      createdAt: now,
      lastMessageAt: now,
    });
    tx.persist(thread);
    // Rows point to the thread: insert it first (the unit of work does not order plain schemas).
    await tx.flush();
    for (const personId of [viewer.personId, ...members])
      tx.persist(
        Object.assign(new ThreadMember(), { threadId: thread.id, personId, joinedAt: now }),
      );
    tx.persist(
      Object.assign(new Message(), {
        id: uuidv7(),
        threadId: thread.id,
        authorId: viewer.personId,
        body,
        attachments: stored,
        createdAt: now,
      }),
    );
    return thread;
  });
}

/** A reply by a member of the thread. */
export async function sendMessage(
  ctx: MessagingContext,
  input: { threadId: string; body: string; attachments?: AttachmentInput[] | null },
): Promise<Message> {
  const { viewer, thread } = await requireMembership(ctx, input.threadId);
  const body = requireText(input.body, 'body', 4000);
  const stored = await storeAttachments(ctx.deps.files, decodeAttachments(input.attachments));
  return inTransaction(ctx, async (tx) => {
    const now = ctx.deps.now();
    const message = Object.assign(new Message(), {
      id: uuidv7(),
      threadId: thread.id,
      authorId: viewer.personId,
      body,
      attachments: stored,
      createdAt: now,
    });
    tx.persist(message);
    await tx.nativeUpdate(Thread, { id: thread.id }, { lastMessageAt: now });
    return message;
  });
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

/** Read receipts: everything in the thread up to now is read by the viewer. */
export async function markThreadRead(ctx: MessagingContext, threadId: string): Promise<number> {
  const { viewer, thread } = await requireMembership(ctx, threadId);
  return inTransaction(ctx, async (tx) => {
    const unread = await tx.execute<{ id: string }[]>(
      `select m.id from message m
        where m.thread_id = ? and m.author_id <> ?
          and not exists (select 1 from message_read r where r.message_id = m.id and r.person_id = ?)`,
      [thread.id, viewer.personId, viewer.personId],
    );
    const now = ctx.deps.now();
    for (const { id } of unread)
      tx.persist(
        Object.assign(new MessageRead(), { messageId: id, personId: viewer.personId, readAt: now }),
      );
    return unread.length;
  });
}

/**
 * C1: a member reports a message as abusive; it is hidden from everyone until the school's
 * administration restores or removes it.
 */
export async function reportMessage(
  ctx: MessagingContext,
  input: { messageId: string; reason: string },
): Promise<AbuseReport> {
  const viewer = requirePerson(ctx.viewer);
  const reason = requireText(input.reason, 'reason', 500, 3);
  return inTransaction(ctx, async (tx) => {
    const message = await tx.findOne(Message, { id: requireUuid(input.messageId, 'messageId') });
    const member = message
      ? await tx.findOne(ThreadMember, { threadId: message.threadId, personId: viewer.personId })
      : null;
    if (!message || !member) throw notFound('Сообщение');
    if (message.authorId === viewer.personId)
      throw badInput('Нельзя пожаловаться на своё сообщение.');
    const thread = await tx.findOneOrFail(Thread, { id: message.threadId });
    const now = ctx.deps.now();
    if (!message.hiddenAt) {
      message.hiddenAt = now;
      message.hiddenReason = 'Скрыто до проверки администрацией по жалобе участника.';
    }
    const report = Object.assign(new AbuseReport(), {
      id: uuidv7(),
      messageId: message.id,
      schoolId: thread.schoolId,
      reporterId: viewer.personId,
      reason,
      createdAt: now,
    });
    tx.persist(report);
    stageEvent(tx, MessagingEvents.messageReported, {
      aggregateId: thread.schoolId,
      schoolId: thread.schoolId,
      data: { reportId: report.id, messageId: message.id, schoolId: thread.schoolId },
      context: eventContext(ctx, null),
    });
    return report;
  });
}

export async function abuseReports(ctx: MessagingContext, schoolId: string) {
  const viewer = requirePerson(ctx.viewer);
  const id = requireUuid(schoolId, 'schoolId');
  const relations = (await relationsOf(ctx.em, [viewer.personId], todayOf(ctx))).get(
    viewer.personId,
  )!;
  if (!relations.leadershipSchools.has(id))
    throw forbidden('Жалобы разбирает администрация школы.');
  return ctx.em.find(
    AbuseReport,
    { schoolId: id, resolvedAt: null },
    { orderBy: { createdAt: 'asc' } },
  );
}

/** The administration restores a reported message or removes it for good (its text is kept hidden). */
export async function resolveReport(
  ctx: MessagingContext,
  input: { reportId: string; resolution: 'restored' | 'removed' },
): Promise<AbuseReport> {
  const viewer = requirePerson(ctx.viewer);
  return inTransaction(ctx, async (tx) => {
    const report = await tx.findOne(AbuseReport, { id: requireUuid(input.reportId, 'reportId') });
    if (!report) throw notFound('Жалоба');
    const relations = (await relationsOf(tx, [viewer.personId], todayOf(ctx))).get(
      viewer.personId,
    )!;
    if (!relations.leadershipSchools.has(report.schoolId))
      throw forbidden('Жалобы разбирает администрация школы.');
    if (report.resolvedAt) throw conflict('Жалоба уже рассмотрена.');
    const now = ctx.deps.now();
    Object.assign(report, {
      resolvedBy: viewer.personId,
      resolvedAt: now,
      resolution: input.resolution,
    });
    const message = await tx.findOneOrFail(Message, { id: report.messageId });
    if (input.resolution === 'restored') {
      message.hiddenAt = null;
      message.hiddenReason = null;
    } else {
      message.hiddenReason = 'Удалено администрацией школы.';
    }
    return report;
  });
}
