import { v7 as uuidv7 } from 'uuid';
import { CurriculumEvents } from '@dnevnik/contracts';
import { badInput, forbidden, notFound, requireText, requireUuid } from '@dnevnik/errors';
import { stageEvent } from '@dnevnik/events';
import { eventContext, inTransaction } from '@dnevnik/service-runtime';
import type { CurriculumContext } from '../../context.js';
import { audit } from '../audit/index.js';
import { canGrantSubstitution, viewerOf } from '../school-access/index.js';
import { Lesson, Substitution } from './lesson.entities.js';

/** A6: the deputy director grants a substitute teacher specific lessons. */
export async function grantSubstitution(
  ctx: CurriculumContext,
  input: { lessonIds: string[]; substituteId: string; reason: string },
): Promise<Substitution[]> {
  const substituteId = requireUuid(input.substituteId, 'substituteId');
  const reason = requireText(input.reason, 'reason', 500, 3);
  if (input.lessonIds.length === 0 || input.lessonIds.length > 200)
    throw badInput('Укажите от 1 до 200 уроков.');
  return inTransaction(ctx, async (tx) => {
    const lessons = await tx.find(Lesson, {
      id: { $in: input.lessonIds.map((id) => requireUuid(id, 'lessonIds')) },
    });
    if (lessons.length !== new Set(input.lessonIds).size) throw notFound('Урок');
    const viewer = viewerOf(ctx);
    const out: Substitution[] = [];
    for (const lesson of lessons) {
      if (!canGrantSubstitution(viewer, lesson.schoolId))
        throw forbidden('Замену назначает заместитель директора.');
      if (lesson.teacherId === substituteId) throw badInput('Учитель не может заменять сам себя.');
      const existing = await tx.findOne(Substitution, { lessonId: lesson.id, substituteId });
      if (existing) {
        out.push(existing);
        continue;
      }
      const s = Object.assign(new Substitution(), {
        id: uuidv7(),
        lessonId: lesson.id,
        substituteId,
        grantedBy: viewer.personId,
        reason,
      });
      tx.persist(s);
      out.push(s);
      stageEvent(tx, CurriculumEvents.substitutionGranted, {
        aggregateId: lesson.id,
        schoolId: lesson.schoolId,
        data: {
          substitutionId: s.id,
          lessonId: lesson.id,
          schoolId: lesson.schoolId,
          substituteId,
        },
        context: eventContext(ctx, 'deputy_director'),
      });
      await audit(tx, ctx, {
        schoolId: lesson.schoolId,
        role: 'deputy_director',
        action: 'substitution.granted',
        entityType: 'lesson',
        entityId: lesson.id,
        before: null,
        after: { substituteId, reason },
      });
    }
    return out;
  });
}
