import { EntitySchema } from '@mikro-orm/postgresql';

/** A class (параллель + буква) of one academic year. */
export class SchoolClass {
  id!: string;
  schoolId!: string;
  yearId!: string;
  grade!: number;
  letter!: string;
  name!: string;
}

export const SchoolClassSchema = new EntitySchema<SchoolClass>({
  class: SchoolClass,
  tableName: 'school_class',
  properties: {
    id: { type: 'uuid', primary: true },
    schoolId: { type: 'uuid' },
    yearId: { type: 'uuid' },
    grade: { type: 'integer' },
    letter: { type: 'text' },
    name: { type: 'text' },
  },
});
