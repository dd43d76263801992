import { v7 as uuidv7 } from 'uuid';
import { requirePerson } from '@dnevnik/auth';
import { badInput, requireUuid } from '@dnevnik/errors';
import { inTransaction } from '@dnevnik/service-runtime';
import type { MessagingContext } from '../../context.js';
import { EngagementEvent } from '../engagement/engagement.entities.js';
import { Delivery, Notification, Preference } from './notification.entities.js';
import { isNotificationKind, parseHhMm, type NotificationKind } from './notification.rules.js';

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
    if (count > 0)
      tx.persist(
        Object.assign(new EngagementEvent(), {
          id: uuidv7(),
          personId: viewer.personId,
          kind: 'notification_opened',
          at: now,
        }),
      );
    return count;
  });
}

/** Deliveries of one of the viewer's own notifications, with their status (C2). */
export const deliveriesOf = (ctx: MessagingContext, n: Notification) =>
  ctx.em.find(Delivery, { notificationId: n.id }, { orderBy: { createdAt: 'asc' } });

export interface PreferenceInput {
  email?: string | null;
  phone?: string | null;
  mutedKinds?: string[] | null;
  emailEnabled?: boolean | null;
  smsEnabled?: boolean | null;
  quietStart?: string | null;
  quietEnd?: string | null;
  dailyDigest?: boolean | null;
}

const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,200}\.[^\s@]{2,}$/;
const PHONE = /^\+7\d{10}$/;

const DEFAULTS = {
  email: null,
  phone: null,
  mutedKinds: [] as NotificationKind[],
  emailEnabled: true,
  smsEnabled: false,
  quietStart: '21:00',
  quietEnd: '08:00',
  dailyDigest: false,
};

export async function myPreferences(ctx: MessagingContext) {
  const viewer = requirePerson(ctx.viewer);
  return (
    (await ctx.em.findOne(Preference, { personId: viewer.personId })) ?? {
      personId: viewer.personId,
      ...DEFAULTS,
      updatedAt: null,
    }
  );
}

/**
 * A person's own settings: addresses, which kinds, which channels, quiet hours (school time),
 * daily digest. Checked as a whole; every problem is reported at once.
 */
export async function setPreferences(ctx: MessagingContext, input: PreferenceInput) {
  const viewer = requirePerson(ctx.viewer);
  const current = await myPreferences(ctx);
  const next = { ...current };
  for (const key of Object.keys(DEFAULTS) as (keyof typeof DEFAULTS)[]) {
    const value = input[key];
    if (value !== undefined) (next as Record<string, unknown>)[key] = value;
  }
  const errors: string[] = [];
  if (next.email !== null) {
    next.email = next.email.trim().toLowerCase() || null;
    if (next.email && !EMAIL.test(next.email))
      errors.push('Адрес электронной почты указан неверно.');
  }
  if (next.phone !== null) {
    next.phone = next.phone.replace(/[\s()-]/g, '') || null;
    if (next.phone && !PHONE.test(next.phone)) errors.push('Телефон — в формате +7XXXXXXXXXX.');
  }
  const muted = next.mutedKinds as string[];
  if (muted.some((k) => !isNotificationKind(k))) errors.push('Неизвестный вид уведомлений.');
  if ((next.quietStart === null) !== (next.quietEnd === null))
    errors.push('Тихие часы задаются началом и концом.');
  for (const t of [next.quietStart, next.quietEnd])
    if (t !== null && parseHhMm(t) === null) errors.push(`Время «${t}» — в формате ЧЧ:ММ.`);
  if (errors.length > 0) throw badInput(errors.join(' '), { errors });
  return inTransaction(ctx, async (tx) => {
    const row = (await tx.findOne(Preference, { personId: viewer.personId })) ?? new Preference();
    Object.assign(row, next, { personId: viewer.personId, updatedAt: ctx.deps.now() });
    tx.persist(row);
    return row;
  });
}
