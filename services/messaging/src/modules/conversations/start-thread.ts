import { v7 as uuidv7 } from 'uuid';
import { requirePerson } from '@dnevnik/auth';
import { AppError, badInput, requireText, requireUuid } from '@dnevnik/errors';
import { decodeAttachments, storeAttachments, type AttachmentInput } from '@dnevnik/files';
import { inTransaction } from '@dnevnik/service-runtime';
import { todayOf, type MessagingContext } from '../../context.js';
import { mayWrite, relationsOf } from '../relations/index.js';
import { Message, Thread, ThreadMember } from './conversation.entities.js';

const MAX_MEMBERS = 40;

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
