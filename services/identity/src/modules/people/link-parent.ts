import type { EntityManager } from '@mikro-orm/postgresql';
import { v7 as uuidv7 } from 'uuid';
import { appendAudit } from '@dnevnik/audit';
import { IdentityEvents } from '@dnevnik/contracts';
import { badInput, conflict, forbidden, notFound, requireUuid } from '@dnevnik/errors';
import { stageEvent, type EventContext } from '@dnevnik/events';
import { inTransaction } from '@dnevnik/service-runtime';
import { eventContext, type IdentityContext } from '../../context.js';
import { requireActiveSession } from '../access/index.js';
import { canManageSchoolPeople } from './people.access.js';
import { ParentLink, Person, type ParentLinkSource } from './people.entities.js';
import { schoolOfChild } from './people.queries.js';
import { linkEventData, schoolChain } from './people.rules.js';

/**
 * A new parent–child link; the school's own records are the verification, ESIA data and
 * applications are confirmed later. A new id unless one is given.
 */
export function newParentLink(
  input: { parentId: string; childId: string; source: ParentLinkSource },
  by: string | null,
  id: string = uuidv7(),
): ParentLink {
  const link = new ParentLink();
  link.id = id;
  link.parentId = input.parentId;
  link.childId = input.childId;
  link.source = input.source;
  link.createdBy = by;
  if (input.source === 'school_record') {
    link.verified = true;
    link.verifiedBy = by;
    link.verifiedAt = new Date();
  }
  return link;
}

/** A new link's announcement, keyed by the child; the link does not carry the school. */
export function stageGuardianshipLinked(
  tx: EntityManager,
  link: ParentLink,
  schoolId: string,
  context: EventContext,
) {
  stageEvent(tx, IdentityEvents.guardianshipLinked, {
    aggregateId: link.childId,
    schoolId,
    data: linkEventData(link),
    context,
  });
}

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
    const link = newParentLink(input, viewer.personId);
    tx.persist(link);
    await tx.flush();
    stageGuardianshipLinked(tx, link, student.schoolId, eventContext(ctx, viewer, 'school_admin'));
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
