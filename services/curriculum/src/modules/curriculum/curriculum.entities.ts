import { EntitySchema } from '@mikro-orm/postgresql';

/** Hours of a subject in a grade for a year (учебный план, S4). */
export class CurriculumItem {
  id!: string;
  yearId!: string;
  grade!: number;
  subjectId!: string;
  hoursPerWeek!: number;
  hoursPerYear!: number;
}

/** A student's own hours for a subject (individual curriculum, S4): 0 means exempt from it. */
export class IndividualCurriculumItem {
  id!: string;
  yearId!: string;
  studentId!: string;
  subjectId!: string;
  hoursPerYear!: number;
  reason!: string;
}

export const CurriculumItemSchema = new EntitySchema<CurriculumItem>({
  class: CurriculumItem,
  tableName: 'curriculum_item',
  properties: {
    id: { type: 'uuid', primary: true },
    yearId: { type: 'uuid' },
    grade: { type: 'integer' },
    subjectId: { type: 'uuid' },
    hoursPerWeek: { type: 'double' },
    hoursPerYear: { type: 'integer' },
  },
});

export const IndividualCurriculumItemSchema = new EntitySchema<IndividualCurriculumItem>({
  class: IndividualCurriculumItem,
  tableName: 'individual_curriculum_item',
  properties: {
    id: { type: 'uuid', primary: true },
    yearId: { type: 'uuid' },
    studentId: { type: 'uuid' },
    subjectId: { type: 'uuid' },
    hoursPerYear: { type: 'integer' },
    reason: { type: 'text' },
  },
});
