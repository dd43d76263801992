import { EntitySchema } from '@mikro-orm/postgresql';

export class Subject {
  id!: string;
  schoolId!: string;
  name!: string;
}

export const SubjectSchema = new EntitySchema<Subject>({
  class: Subject,
  tableName: 'subject',
  properties: {
    id: { type: 'uuid', primary: true },
    schoolId: { type: 'uuid' },
    name: { type: 'text' },
  },
});
