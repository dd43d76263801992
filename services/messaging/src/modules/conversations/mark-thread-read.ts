import { inTransaction } from '@dnevnik/service-runtime';
import type { MessagingContext } from '../../context.js';
import { MessageRead } from './conversation.entities.js';
import { requireMembership } from './conversations.queries.js';

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
