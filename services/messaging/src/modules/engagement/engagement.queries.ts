import { requirePerson } from '@dnevnik/auth';
import { badInput, forbidden, requireUuid } from '@dnevnik/errors';
import { RmClass, RmGuardianship, studentsBetween } from '@dnevnik/school-facts';
import { todayOf, type MessagingContext } from '../../context.js';
import { Notification } from '../notifications/index.js';
import { mayReadParentActivity, relationsOf } from '../relations/index.js';
import { EngagementEvent } from './engagement.entities.js';
import { addDays, endOfMonth } from '@dnevnik/school-time';

/** The class teacher of the class, or the school's administration. */
async function requireClassReader(ctx: MessagingContext, classId: string) {
  const viewer = requirePerson(ctx.viewer);
  const cls = await ctx.em.findOne(RmClass, { id: requireUuid(classId, 'classId') });
  const me = (await relationsOf(ctx.em, [viewer.personId], todayOf(ctx))).get(viewer.personId)!;
  if (!cls || !mayReadParentActivity(me, cls))
    throw forbidden('Активность родителей класса видят классный руководитель и администрация.');
  return cls;
}

async function parentsOfClass(ctx: MessagingContext, classId: string, from: string, to: string) {
  const students = await studentsBetween(ctx.em, { classId, groupId: null }, from, to);
  if (students.length === 0) return [];
  return ctx.em.find(RmGuardianship, {
    childId: { $in: students },
    verified: true,
    active: true,
  });
}

/** C4: per parent of the class, when they last opened the diary or a notification. */
export async function parentEngagement(ctx: MessagingContext, classId: string) {
  const cls = await requireClassReader(ctx, classId);
  const today = todayOf(ctx);
  const links = await parentsOfClass(ctx, cls.id, today, today);
  const parentIds = [...new Set(links.map((l) => l.parentId))];
  if (parentIds.length === 0) return [];
  const [events, unread] = await Promise.all([
    ctx.em.find(EngagementEvent, { personId: { $in: parentIds } }, { orderBy: { at: 'desc' } }),
    ctx.em.execute<{ person_id: string; n: string }[]>(
      `select person_id, count(*) as n from notification where person_id in (?) and read_at is null group by person_id`,
      [parentIds],
    ),
  ]);
  const last = (personId: string, kind: EngagementEvent['kind']) =>
    events.find((e) => e.personId === personId && e.kind === kind)?.at ?? null;
  return links.map((l) => ({
    parentId: l.parentId,
    studentId: l.childId,
    lastDiaryVisit: last(l.parentId, 'diary_opened'),
    lastNotificationOpened: last(l.parentId, 'notification_opened'),
    unreadNotifications: Number(unread.find((u) => u.person_id === l.parentId)?.n ?? 0),
  }));
}

/** C4: a month of each parent's activity in a class: diary visits, notifications received and read. */
export async function parentActivityReport(ctx: MessagingContext, classId: string, month: string) {
  const cls = await requireClassReader(ctx, classId);
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month))
    throw badInput('Месяц — в формате ГГГГ-ММ.', { field: 'month' });
  const from = `${month}-01`;
  const to = endOfMonth(from);
  // The month's instants, as the report has always counted them: UTC midnight to UTC midnight.
  const start = new Date(`${from}T00:00:00Z`);
  const end = new Date(`${addDays(to, 1)}T00:00:00Z`);
  const parentIds = [
    ...new Set((await parentsOfClass(ctx, cls.id, from, to)).map((l) => l.parentId)),
  ];
  if (parentIds.length === 0) return [];
  const [visits, notifications] = await Promise.all([
    ctx.em.find(EngagementEvent, {
      personId: { $in: parentIds },
      kind: 'diary_opened',
      at: { $gte: start, $lt: end },
    }),
    ctx.em.find(Notification, {
      personId: { $in: parentIds },
      createdAt: { $gte: start, $lt: end },
    }),
  ]);
  return parentIds.map((parentId) => {
    const own = notifications.filter((n) => n.personId === parentId);
    return {
      parentId,
      diaryVisits: visits.filter((v) => v.personId === parentId).length,
      notificationsReceived: own.length,
      notificationsRead: own.filter((n) => n.readAt).length,
    };
  });
}
