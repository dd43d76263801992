import { v7 as uuidv7 } from 'uuid';
import { requirePerson } from '@dnevnik/auth';
import { MessagingEvents } from '@dnevnik/contracts';
import { badInput, forbidden, notFound, requireText, requireUuid } from '@dnevnik/errors';
import { stageEvent } from '@dnevnik/events';
import { RmClass } from '@dnevnik/school-facts';
import { inTransaction } from '@dnevnik/service-runtime';
import { eventContext, todayOf, type MessagingContext } from '../../context.js';
import { inAudience, mayAnnounce } from '../relations/messaging.access.js';
import { gradesOf, relationsOf } from '../relations/relations.js';
import { Announcement, AnnouncementRead, type AudienceKind } from './announcement.entities.js';

export interface AnnouncementInput {
  schoolId: string;
  audience: AudienceKind;
  classId?: string | null;
  grade?: number | null;
  title: string;
  body: string;
}

/** C3: an announcement to a class, a parallel, the school or staff only. */
export async function publishAnnouncement(
  ctx: MessagingContext,
  input: AnnouncementInput,
): Promise<Announcement> {
  const viewer = requirePerson(ctx.viewer);
  const schoolId = requireUuid(input.schoolId, 'schoolId');
  const classId = input.audience === 'class' ? requireUuid(input.classId ?? '', 'classId') : null;
  const grade = input.audience === 'parallel' ? (input.grade ?? null) : null;
  if (input.audience === 'parallel' && (!Number.isInteger(grade) || grade! < 1 || grade! > 11))
    throw badInput('Параллель — номер класса от 1 до 11.', { field: 'grade' });
  const title = requireText(input.title, 'title', 200);
  const body = requireText(input.body, 'body', 8000);
  if (classId) {
    const cls = await ctx.em.findOne(RmClass, { id: classId });
    if (!cls || cls.schoolId !== schoolId) throw badInput('Класс не найден в этой школе.');
  }
  const spec = { schoolId, audience: input.audience, classId, grade };
  const sender = (await relationsOf(ctx.em, [viewer.personId], todayOf(ctx))).get(viewer.personId)!;
  if (!mayAnnounce(sender, spec))
    throw forbidden(
      'Объявления для параллели, школы и сотрудников публикует администрация; учитель — для своего класса.',
    );
  return inTransaction(ctx, async (tx) => {
    const a = Object.assign(new Announcement(), {
      id: uuidv7(),
      ...spec,
      title,
      body,
      authorId: viewer.personId,
      createdAt: ctx.deps.now(),
    });
    tx.persist(a);
    stageEvent(tx, MessagingEvents.announcementPublished, {
      aggregateId: schoolId,
      schoolId,
      data: {
        announcementId: a.id,
        schoolId,
        audience: a.audience,
        classId,
        grade,
        authorId: a.authorId,
      },
      context: eventContext(ctx, null),
    });
    return a;
  });
}

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

/** Read tracking is for the author and the school's administration. */
export async function announcementReadCount(
  ctx: MessagingContext,
  a: Announcement,
): Promise<number | null> {
  const viewer = requirePerson(ctx.viewer);
  if (a.authorId !== viewer.personId) {
    const me = (await relationsOf(ctx.em, [viewer.personId], todayOf(ctx))).get(viewer.personId)!;
    if (!me.leadershipSchools.has(a.schoolId)) return null;
  }
  return ctx.em.count(AnnouncementRead, { announcementId: a.id });
}
