import { v7 as uuidv7 } from 'uuid';
import { appendAudit } from '@dnevnik/audit';
import { IdentityEvents } from '@dnevnik/contracts';
import { badInput, conflict, forbidden, notFound, requireUuid } from '@dnevnik/errors';
import { stageEvent } from '@dnevnik/events';
import { inTransaction } from '@dnevnik/service-runtime';
import { eventContext, type IdentityContext } from '../../context.js';
import { requireActiveSession } from '../access/index.js';
import { canManageSchoolPeople } from './people.access.js';
import { ParentLink, Person, type ParentLinkSource } from './people.entities.js';
import { schoolOfChild } from './people.queries.js';
import { linkEventData, schoolChain } from './people.rules.js';

export async function linkParent(
  ctx: IdentityContext,
  input: { parentId: string; childId: string; source: ParentLinkSource },
): Promise<ParentLink> {
  const { viewer } = await requireActiveSession(ctx);
  requireUuid(input.parentId, 'parentId');
  requireUuid(input.childId, 'childId');
  if (input.parentId === input.childId)
    throw badInput('Человек не может быть родителем самого себя.');
  return inTransaction(ctx, async (tx) => {
    const student = await schoolOfChild(tx, input.childId);
    if (!student?.schoolId) throw badInput('Ребёнок не зарегистрирован как ученик школы.');
    if (!canManageSchoolPeople(viewer, student.schoolId))
      throw forbidden('Связь родителя с ребёнком вносит администратор школы.');
    if (!(await tx.findOne(Person, { id: input.parentId }))) throw notFound('Родитель');
    if (
      await tx.findOne(ParentLink, {
        parentId: input.parentId,
        childId: input.childId,
        removedAt: null,
      })
    ) {
      throw conflict('Эта связь уже записана.');
    }
    const link = new ParentLink();
    link.id = uuidv7();
    link.parentId = input.parentId;
    link.childId = input.childId;
    link.source = input.source;
    link.createdBy = viewer.personId;
    // The school's own records are the verification; ESIA data and applications are confirmed later.
    if (input.source === 'school_record') {
      link.verified = true;
      link.verifiedBy = viewer.personId;
      link.verifiedAt = new Date();
    }
    tx.persist(link);
    await tx.flush();
    stageEvent(tx, IdentityEvents.guardianshipLinked, {
      aggregateId: link.childId,
      schoolId: student.schoolId,
      data: linkEventData(link),
      context: eventContext(ctx, viewer, 'school_admin'),
    });
    await appendAudit(tx, {
      chain: schoolChain(student.schoolId),
      actorPersonId: viewer.personId,
      actorRole: 'school_admin',
      action: 'guardianship.linked',
      entityType: 'parent_link',
      entityId: link.id,
      schoolId: student.schoolId,
      before: null,
      after: { ...linkEventData(link), source: link.source },
    });
    return link;
  });
}
