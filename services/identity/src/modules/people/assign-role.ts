import type { EntityManager } from '@mikro-orm/postgresql';
import { v7 as uuidv7 } from 'uuid';
import { roleSchema, type PersonViewer, type Role } from '@dnevnik/auth';
import { IdentityEvents } from '@dnevnik/contracts';
import { badInput, forbidden, requireUuid } from '@dnevnik/errors';
import { stageEvent, type EventContext } from '@dnevnik/events';
import { canManageSchoolPeople } from './people.access.js';
import { RoleAssignment } from './people.entities.js';
import { roleEventData, SCHOOL_GRANTABLE_ROLES } from './people.rules.js';

/** A school role the viewer may grant there, checked before anything is written. */
export function checkGrantInput(
  viewer: PersonViewer,
  input: { role: string; schoolId: string; classId?: string | null },
): Role {
  const role = roleSchema.safeParse(input.role);
  if (!role.success || !SCHOOL_GRANTABLE_ROLES.includes(role.data))
    throw badInput('Эту роль нельзя назначить в школе.');
  requireUuid(input.schoolId, 'schoolId');
  if (input.classId) requireUuid(input.classId, 'classId');
  if (role.data === 'class_teacher' && !input.classId) {
    throw badInput('Для классного руководителя укажите класс.', { field: 'classId' });
  }
  if (!canManageSchoolPeople(viewer, input.schoolId))
    throw forbidden('Назначать роли может администратор этой школы.');
  return role.data;
}

/** A new grant of a school role, not yet persisted; a new id unless one is given. */
export function newAssignment(
  personId: string,
  role: Role,
  schoolId: string,
  classId: string | null | undefined,
  by: string | null,
  id: string = uuidv7(),
) {
  const a = new RoleAssignment();
  a.id = id;
  a.personId = personId;
  a.role = role;
  a.schoolId = schoolId;
  a.classId = classId ?? null;
  a.grantedBy = by;
  return a;
}

/** A grant's announcement, keyed by the person: every grant, whoever makes it, says the same. */
export function stageRoleGranted(tx: EntityManager, a: RoleAssignment, context: EventContext) {
  stageEvent(tx, IdentityEvents.roleGranted, {
    aggregateId: a.personId,
    schoolId: a.schoolId,
    data: roleEventData(a),
    context,
  });
}
