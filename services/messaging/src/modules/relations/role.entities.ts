import { EntitySchema } from '@mikro-orm/postgresql';
import { IdentityEvents } from '@dnevnik/contracts';
import { on } from '@dnevnik/events';

/** A role grant from identity's events: who is staff, class teacher, administration where. */
export class RmRole {
  assignmentId!: string;
  personId!: string;
  role!: string;
  schoolId: string | null = null;
  classId: string | null = null;
  active!: boolean;
}

export const RmRoleSchema = new EntitySchema<RmRole>({
  class: RmRole,
  tableName: 'rm_role',
  properties: {
    assignmentId: { type: 'uuid', primary: true },
    personId: { type: 'uuid' },
    role: { type: 'text' },
    schoolId: { type: 'uuid', nullable: true },
    classId: { type: 'uuid', nullable: true },
    active: { type: 'boolean' },
  },
});

export const roleHandlers = [IdentityEvents.roleGranted, IdentityEvents.roleRevoked].map(
  (contract) =>
    on(contract, async (em, e) => {
      const row = (await em.findOne(RmRole, { assignmentId: e.data.assignmentId })) ?? new RmRole();
      Object.assign(row, {
        assignmentId: e.data.assignmentId,
        personId: e.data.personId,
        role: e.data.role,
        schoolId: e.data.schoolId,
        classId: e.data.classId,
        active: contract === IdentityEvents.roleGranted,
      });
      em.persist(row);
      await em.flush();
    }),
);
