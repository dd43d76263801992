import { requirePerson } from '@dnevnik/auth';
import { badInput, requireUuid } from '@dnevnik/errors';
import { inTransaction } from '@dnevnik/service-runtime';
import type { MessagingContext } from '../../context.js';
import { recordEngagement } from '../engagement/index.js';
import { Notification } from './notification.entities.js';

/** Marks the viewer's notifications read; opening them counts as activity (C4). */
export async function markNotificationsRead(ctx: MessagingContext, ids: string[]): Promise<number> {
  const viewer = requirePerson(ctx.viewer);
  if (ids.length > 200) throw badInput('Не больше 200 уведомлений за раз.', { field: 'ids' });
  const wanted = ids.map((id) => requireUuid(id, 'ids'));
  return inTransaction(ctx, async (tx) => {
    const now = ctx.deps.now();
    const count = await tx.nativeUpdate(
      Notification,
      { id: { $in: wanted }, personId: viewer.personId, readAt: null },
      { readAt: now },
    );
    if (count > 0) recordEngagement(tx, viewer.personId, 'notification_opened', now);
    return count;
  });
}
