import { EntitySchema } from '@mikro-orm/postgresql';

/** Who teaches what to whom (S5): a teacher, a subject, and a class or a group. */
export class TeachingAssignment {
  id!: string;
  schoolId!: string;
  yearId!: string;
  teacherId!: string;
  subjectId!: string;
  classId: string | null = null;
  groupId: string | null = null;
  startsOn!: string;
  endsOn: string | null = null;
}

const date = { type: 'string', columnType: 'date' } as const;

export const TeachingAssignmentSchema = new EntitySchema<TeachingAssignment>({
  class: TeachingAssignment,
  tableName: 'teaching_assignment',
  properties: {
    id: { type: 'uuid', primary: true },
    schoolId: { type: 'uuid' },
    yearId: { type: 'uuid' },
    teacherId: { type: 'uuid' },
    subjectId: { type: 'uuid' },
    classId: { type: 'uuid', nullable: true },
    groupId: { type: 'uuid', nullable: true },
    startsOn: date,
    endsOn: { ...date, nullable: true },
  },
});
