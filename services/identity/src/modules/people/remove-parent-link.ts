import { appendAudit } from '@dnevnik/audit';
import { IdentityEvents } from '@dnevnik/contracts';
import { badInput, forbidden, notFound, requireUuid } from '@dnevnik/errors';
import { stageEvent } from '@dnevnik/events';
import { inTransaction } from '@dnevnik/service-runtime';
import { eventContext, type IdentityContext } from '../../context.js';
import { requireActiveSession, revokeAllSessions } from '../access/index.js';
import { canManageSchoolPeople } from './people.access.js';
import { ParentLink } from './people.entities.js';
import { schoolOfChild } from './people.queries.js';
import { linkEventData, schoolChain } from './people.rules.js';

export async function removeParentLink(
  ctx: IdentityContext,
  id: string,
  reason: string,
): Promise<ParentLink> {
  const { viewer } = await requireActiveSession(ctx);
  requireUuid(id, 'id');
  if (reason.trim().length < 3)
    throw badInput('Укажите причину (например, решение суда).', { field: 'reason' });
  return inTransaction(ctx, async (tx) => {
    const link = await tx.findOne(ParentLink, { id, removedAt: null });
    if (!link) throw notFound('Связь родителя с ребёнком');
    const student = await schoolOfChild(tx, link.childId);
    if (!student?.schoolId || !canManageSchoolPeople(viewer, student.schoolId)) {
      throw forbidden('Удалить связь может администратор школы ребёнка.');
    }
    link.removedAt = new Date();
    link.removedBy = viewer.personId;
    link.removeReason = reason.trim();
    stageEvent(tx, IdentityEvents.guardianshipRemoved, {
      aggregateId: link.childId,
      schoolId: student.schoolId,
      data: linkEventData(link),
      context: eventContext(ctx, viewer, 'school_admin'),
    });
    await appendAudit(tx, {
      chain: schoolChain(student.schoolId),
      actorPersonId: viewer.personId,
      actorRole: 'school_admin',
      action: 'guardianship.removed',
      entityType: 'parent_link',
      entityId: link.id,
      schoolId: student.schoolId,
      before: { removedAt: null },
      after: { removedAt: link.removedAt, reason: link.removeReason },
    });
    // A parent who lost guardianship must lose access now, not when the token expires.
    await revokeAllSessions(ctx, tx, link.parentId, 'guardianship_removed');
    return link;
  });
}
