import { appendAudit } from '@dnevnik/audit';
import { IdentityEvents } from '@dnevnik/contracts';
import { forbidden, notFound, requireUuid } from '@dnevnik/errors';
import { stageEvent } from '@dnevnik/events';
import { inTransaction } from '@dnevnik/service-runtime';
import { eventContext, type IdentityContext } from '../../context.js';
import { requireActiveSession } from '../access/index.js';
import { canVerifyParentLink } from './people.access.js';
import { ParentLink, RoleAssignment } from './people.entities.js';
import { linkEventData, schoolChain } from './people.rules.js';

export async function verifyParentLink(ctx: IdentityContext, id: string): Promise<ParentLink> {
  const { viewer } = await requireActiveSession(ctx);
  requireUuid(id, 'id');
  return inTransaction(ctx, async (tx) => {
    const link = await tx.findOne(ParentLink, { id, removedAt: null });
    if (!link) throw notFound('Связь родителя с ребёнком');
    const childGrants = await tx.find(RoleAssignment, { personId: link.childId, revokedAt: null });
    if (!canVerifyParentLink(viewer, childGrants)) {
      throw forbidden('Подтверждает связь классный руководитель ребёнка или администратор школы.');
    }
    if (link.verified) return link;
    link.verified = true;
    link.verifiedBy = viewer.personId;
    link.verifiedAt = new Date();
    const schoolId = childGrants.find((g) => g.role === 'student')?.schoolId ?? null;
    stageEvent(tx, IdentityEvents.guardianshipVerified, {
      aggregateId: link.childId,
      schoolId,
      data: linkEventData(link),
      context: eventContext(ctx, viewer, null),
    });
    await appendAudit(tx, {
      chain: schoolId ? schoolChain(schoolId) : 'identity',
      actorPersonId: viewer.personId,
      actorRole: null,
      action: 'guardianship.verified',
      entityType: 'parent_link',
      entityId: link.id,
      schoolId,
      before: { verified: false },
      after: { verified: true },
    });
    return link;
  });
}
