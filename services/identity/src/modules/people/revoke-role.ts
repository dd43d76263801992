import { appendAudit } from '@dnevnik/audit';
import { IdentityEvents } from '@dnevnik/contracts';
import { badInput, conflict, forbidden, notFound, requireUuid } from '@dnevnik/errors';
import { stageEvent } from '@dnevnik/events';
import { inTransaction } from '@dnevnik/service-runtime';
import { eventContext, type IdentityContext } from '../../context.js';
import { requireActiveSession, revokeAllSessions } from '../access/index.js';
import { canManageSchoolPeople } from './people.access.js';
import { RoleAssignment } from './people.entities.js';
import { roleEventData, schoolChain } from './people.rules.js';

export async function revokeRole(
  ctx: IdentityContext,
  id: string,
  reason: string,
): Promise<RoleAssignment> {
  const { viewer } = await requireActiveSession(ctx);
  requireUuid(id, 'id');
  if (reason.trim().length < 3) throw badInput('Укажите причину.', { field: 'reason' });
  return inTransaction(ctx, async (tx) => {
    const assignment = await tx.findOne(RoleAssignment, { id });
    if (
      !assignment ||
      !assignment.schoolId ||
      !canManageSchoolPeople(viewer, assignment.schoolId)
    ) {
      throw assignment
        ? forbidden('Снимать роли может администратор этой школы.')
        : notFound('Назначение роли');
    }
    if (assignment.revokedAt) throw conflict('Роль уже снята.');
    assignment.revokedAt = new Date();
    assignment.revokedBy = viewer.personId;
    assignment.revokeReason = reason.trim();
    stageEvent(tx, IdentityEvents.roleRevoked, {
      aggregateId: assignment.personId,
      schoolId: assignment.schoolId,
      data: roleEventData(assignment),
      context: eventContext(ctx, viewer, 'school_admin'),
    });
    await appendAudit(tx, {
      chain: schoolChain(assignment.schoolId),
      actorPersonId: viewer.personId,
      actorRole: 'school_admin',
      action: 'role.revoked',
      entityType: 'role_assignment',
      entityId: assignment.id,
      schoolId: assignment.schoolId,
      before: { revokedAt: null },
      after: { revokedAt: assignment.revokedAt, reason: assignment.revokeReason },
    });
    // Tokens carry roles: open sessions must not keep a role that was taken away.
    await revokeAllSessions(ctx, tx, assignment.personId, 'role_changed');
    return assignment;
  });
}
