import { v7 as uuidv7 } from 'uuid';
import { requireText } from '@dnevnik/errors';
import { decodeAttachments, storeAttachments, type AttachmentInput } from '@dnevnik/files';
import { inTransaction } from '@dnevnik/service-runtime';
import type { MessagingContext } from '../../context.js';
import { Message, Thread } from './conversation.entities.js';
import { requireMembership } from './conversations.queries.js';

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
