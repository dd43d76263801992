import { requirePerson } from '@dnevnik/auth';
import { notFound, requireUuid } from '@dnevnik/errors';
import { inTransaction } from '@dnevnik/service-runtime';
import type { MessagingContext } from '../../context.js';
import { AnnouncementRead } from './announcement.entities.js';
import { myAnnouncements } from './announcements.queries.js';

/** The viewer has read one of the announcements addressed to them. */
export async function markAnnouncementRead(ctx: MessagingContext, id: string): Promise<boolean> {
  const viewer = requirePerson(ctx.viewer);
  const announcementId = requireUuid(id, 'announcementId');
  const mine = await myAnnouncements(ctx, 200);
  if (!mine.some((a) => a.id === announcementId)) throw notFound('Объявление');
  return inTransaction(ctx, async (tx) => {
    const seen = await tx.findOne(AnnouncementRead, { announcementId, personId: viewer.personId });
    if (!seen)
      tx.persist(
        Object.assign(new AnnouncementRead(), {
          announcementId,
          personId: viewer.personId,
          readAt: ctx.deps.now(),
        }),
      );
    return true;
  });
}
