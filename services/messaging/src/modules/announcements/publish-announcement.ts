import { v7 as uuidv7 } from 'uuid';
import { requirePerson } from '@dnevnik/auth';
import { MessagingEvents } from '@dnevnik/contracts';
import { badInput, forbidden, requireText, requireUuid } from '@dnevnik/errors';
import { stageEvent } from '@dnevnik/events';
import { RmClass } from '@dnevnik/school-facts';
import { eventContext, inTransaction } from '@dnevnik/service-runtime';
import { todayOf, type MessagingContext } from '../../context.js';
import { mayAnnounce, relationsOf } from '../relations/index.js';
import { Announcement, type AudienceKind } from './announcement.entities.js';

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
