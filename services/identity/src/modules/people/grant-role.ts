import { appendAudit } from '@dnevnik/audit';
import { conflict, notFound, requireUuid } from '@dnevnik/errors';
import { inTransaction } from '@dnevnik/service-runtime';
import { eventContext, type IdentityContext } from '../../context.js';
import { requireActiveSession } from '../access/index.js';
import { checkGrantInput, newAssignment, stageRoleGranted } from './assign-role.js';
import { Person, RoleAssignment } from './people.entities.js';
import { roleEventData, schoolChain } from './people.rules.js';

export async function grantRole(
  ctx: IdentityContext,
  input: { personId: string; role: string; schoolId: string; classId?: string | null },
): Promise<RoleAssignment> {
  const { viewer } = await requireActiveSession(ctx);
  const role = checkGrantInput(viewer, input);
  requireUuid(input.personId, 'personId');
  return inTransaction(ctx, async (tx) => {
    if (!(await tx.findOne(Person, { id: input.personId }))) throw notFound('Человек');
    const same = await tx.findOne(RoleAssignment, {
      personId: input.personId,
      role,
      schoolId: input.schoolId,
      classId: input.classId ?? null,
      revokedAt: null,
    });
    if (same) throw conflict('Эта роль уже назначена.');
    const assignment = newAssignment(
      input.personId,
      role,
      input.schoolId,
      input.classId,
      viewer.personId,
    );
    tx.persist(assignment);
    await tx.flush();
    stageRoleGranted(tx, assignment, eventContext(ctx, viewer, 'school_admin'));
    await appendAudit(tx, {
      chain: schoolChain(input.schoolId),
      actorPersonId: viewer.personId,
      actorRole: 'school_admin',
      action: 'role.granted',
      entityType: 'role_assignment',
      entityId: assignment.id,
      schoolId: input.schoolId,
      before: null,
      after: roleEventData(assignment),
    });
    return assignment;
  });
}
