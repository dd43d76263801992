import { IdentityEvents } from '@dnevnik/contracts';
import { on } from '@dnevnik/events';
import { RmRole } from './role.entities.js';

/** Role grants and revocations from identity: who is staff, class teacher, administration. */
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
