import { EntitySchema } from '@mikro-orm/postgresql';

/** A final mark (period, year, exam, final), or its deferral for an ill student (M6, M7). */
export class FinalMark {
  id!: string;
  schoolId!: string;
  studentId!: string;
  subjectId!: string;
  classId!: string;
  /** The period of a period final; null for year, exam and final marks. */
  periodId: string | null = null;
  /** The school year (null only on rows from before years were recorded). */
  yearId: string | null = null;
  kind!: 'period' | 'year' | 'exam' | 'final';
  value: string | null = null;
  suggested: number | null = null;
  mean: number | null = null;
  enoughMarks!: boolean;
  deferredReason: string | null = null;
  deferredUntil: string | null = null;
  timing!: 'early' | 'on_time' | 'late';
  replacesFinalId: string | null = null;
  enteredBy!: string;
  enteredAt!: Date;
}

const ts = { type: 'Date', columnType: 'timestamptz' } as const;
const date = { type: 'string', columnType: 'date' } as const;

export const FinalMarkSchema = new EntitySchema<FinalMark>({
  class: FinalMark,
  tableName: 'final_mark',
  properties: {
    id: { type: 'uuid', primary: true },
    schoolId: { type: 'uuid' },
    studentId: { type: 'uuid' },
    subjectId: { type: 'uuid' },
    classId: { type: 'uuid' },
    periodId: { type: 'uuid', nullable: true },
    yearId: { type: 'uuid', nullable: true },
    kind: { type: 'text' },
    value: { type: 'text', nullable: true },
    suggested: { type: 'double', nullable: true },
    mean: { type: 'double', nullable: true },
    enoughMarks: { type: 'boolean' },
    deferredReason: { type: 'text', nullable: true },
    deferredUntil: { ...date, nullable: true },
    timing: { type: 'text' },
    replacesFinalId: { type: 'uuid', nullable: true },
    enteredBy: { type: 'uuid' },
    enteredAt: ts,
  },
});
