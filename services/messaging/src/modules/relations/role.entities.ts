import { EntitySchema } from '@mikro-orm/postgresql';

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
