import { requirePerson } from '@dnevnik/auth';
import type { MessagingContext } from '../../context.js';
import { Delivery, Notification, Preference } from './notification.entities.js';
import { PREFERENCE_DEFAULTS } from './notification.rules.js';

export async function myNotifications(
  ctx: MessagingContext,
  input: { unreadOnly?: boolean | null; first?: number | null },
): Promise<Notification[]> {
  const viewer = requirePerson(ctx.viewer);
  return ctx.em.find(
    Notification,
    { personId: viewer.personId, ...(input.unreadOnly ? { readAt: null } : {}) },
    { orderBy: { createdAt: 'desc' }, limit: Math.min(Math.max(input.first ?? 50, 1), 200) },
  );
}

/** Deliveries of one of the viewer's own notifications, with their status (C2). */
export const deliveriesOf = (ctx: MessagingContext, n: Notification) =>
  ctx.em.find(Delivery, { notificationId: n.id }, { orderBy: { createdAt: 'asc' } });

/** The viewer's settings, or the defaults until they change any. */
export async function myPreferences(ctx: MessagingContext) {
  const viewer = requirePerson(ctx.viewer);
  return (
    (await ctx.em.findOne(Preference, { personId: viewer.personId })) ?? {
      personId: viewer.personId,
      ...PREFERENCE_DEFAULTS,
      updatedAt: null,
    }
  );
}
