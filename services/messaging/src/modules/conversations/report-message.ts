import { v7 as uuidv7 } from 'uuid';
import { requirePerson } from '@dnevnik/auth';
import { MessagingEvents } from '@dnevnik/contracts';
import { badInput, notFound, requireText, requireUuid } from '@dnevnik/errors';
import { stageEvent } from '@dnevnik/events';
import { eventContext, inTransaction } from '@dnevnik/service-runtime';
import type { MessagingContext } from '../../context.js';
import { AbuseReport, Message, Thread, ThreadMember } from './conversation.entities.js';

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
