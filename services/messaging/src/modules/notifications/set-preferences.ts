import { requirePerson } from '@dnevnik/auth';
import { badInput } from '@dnevnik/errors';
import { inTransaction } from '@dnevnik/service-runtime';
import type { MessagingContext } from '../../context.js';
import { Preference } from './notification.entities.js';
import { isNotificationKind, parseHhMm, PREFERENCE_DEFAULTS } from './notification.rules.js';
import { myPreferences } from './notifications.queries.js';

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

/**
 * A person's own settings: addresses, which kinds, which channels, quiet hours (school time),
 * daily digest. Checked as a whole; every problem is reported at once.
 */
export async function setPreferences(ctx: MessagingContext, input: PreferenceInput) {
  const viewer = requirePerson(ctx.viewer);
  const current = await myPreferences(ctx);
  const next = { ...current };
  for (const key of Object.keys(PREFERENCE_DEFAULTS) as (keyof typeof PREFERENCE_DEFAULTS)[]) {
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
