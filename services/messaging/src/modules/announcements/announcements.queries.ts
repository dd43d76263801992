import { requirePerson } from '@dnevnik/auth';
import { todayOf, type MessagingContext } from '../../context.js';
import { gradesOf, inAudience, maySeeReadCount, relationsOf } from '../relations/index.js';
import { Announcement, AnnouncementRead } from './announcement.entities.js';

/** Announcements addressed to the viewer, newest first. */
export async function myAnnouncements(ctx: MessagingContext, first = 50): Promise<Announcement[]> {
  const viewer = requirePerson(ctx.viewer);
  const me = (await relationsOf(ctx.em, [viewer.personId], todayOf(ctx))).get(viewer.personId)!;
  if (me.schools.size === 0) return [];
  const candidates = await ctx.em.find(
    Announcement,
    { schoolId: { $in: [...me.schools] } },
    { orderBy: { createdAt: 'desc' }, limit: 500 },
  );
  const grades = await gradesOf(ctx.em, [...me.studentOfClasses, ...me.parentOfClasses]);
  return candidates
    .filter((a) => inAudience(me, a, grades))
    .slice(0, Math.min(Math.max(first, 1), 200));
}

/** Whether the viewer has read the announcement. */
export async function readByViewer(ctx: MessagingContext, a: Announcement): Promise<boolean> {
  return !!(await ctx.em.findOne(AnnouncementRead, {
    announcementId: a.id,
    personId: requirePerson(ctx.viewer).personId,
  }));
}

/** Read tracking is for the author and the school's administration. */
export async function announcementReadCount(
  ctx: MessagingContext,
  a: Announcement,
): Promise<number | null> {
  const viewer = requirePerson(ctx.viewer);
  if (a.authorId !== viewer.personId) {
    const me = (await relationsOf(ctx.em, [viewer.personId], todayOf(ctx))).get(viewer.personId)!;
    if (!maySeeReadCount(me, a)) return null;
  }
  return ctx.em.count(AnnouncementRead, { announcementId: a.id });
}
