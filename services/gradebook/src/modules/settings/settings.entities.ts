import { EntitySchema } from '@mikro-orm/postgresql';

const ts = { type: 'Date', columnType: 'timestamptz' } as const;

/** A school's grading settings as set at one moment (M2, M6); the latest row applies. */
export class GradingSettingsRow {
  id!: string;
  schoolId!: string;
  weights!: Record<string, number>;
  minMarksUpTo2Hours!: number;
  minMarksMoreHours!: number;
  /** subject id → scale; subjects not listed use the five-point scale. */
  subjectScales!: Record<string, string>;
  setBy!: string;
  setAt!: Date;
}

export const GradingSettingsSchema = new EntitySchema<GradingSettingsRow>({
  class: GradingSettingsRow,
  tableName: 'grading_settings',
  properties: {
    id: { type: 'uuid', primary: true },
    schoolId: { type: 'uuid' },
    weights: { type: 'json' },
    minMarksUpTo2Hours: { type: 'integer', fieldName: 'min_marks_up_to_2_hours' },
    minMarksMoreHours: { type: 'integer' },
    subjectScales: { type: 'json' },
    setBy: { type: 'uuid' },
    setAt: ts,
  },
});
