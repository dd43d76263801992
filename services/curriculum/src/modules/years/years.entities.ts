import { EntitySchema } from '@mikro-orm/postgresql';
import type { PeriodKind } from '../calendar/index.js';

export class AcademicYear {
  id!: string;
  schoolId!: string;
  name!: string;
  startsOn!: string;
  endsOn!: string;
}

/** A study period (quarter, trimester, half-year, module) or a holiday (S1). */
export class Period {
  id!: string;
  yearId!: string;
  kind!: PeriodKind;
  name!: string;
  startsOn!: string;
  endsOn!: string;
  /** The director's order behind the latest change, and why (quarantine, moved holidays). */
  orderRef: string | null = null;
  changeReason: string | null = null;
  updatedAt: Date = new Date();
}

const ts = { type: 'Date', columnType: 'timestamptz' } as const;
const date = { type: 'string', columnType: 'date' } as const;

export const AcademicYearSchema = new EntitySchema<AcademicYear>({
  class: AcademicYear,
  tableName: 'academic_year',
  properties: {
    id: { type: 'uuid', primary: true },
    schoolId: { type: 'uuid' },
    name: { type: 'text' },
    startsOn: date,
    endsOn: date,
  },
});
export const PeriodSchema = new EntitySchema<Period>({
  class: Period,
  tableName: 'period',
  properties: {
    id: { type: 'uuid', primary: true },
    yearId: { type: 'uuid' },
    kind: { type: 'text' },
    name: { type: 'text' },
    startsOn: date,
    endsOn: date,
    orderRef: { type: 'text', nullable: true },
    changeReason: { type: 'text', nullable: true },
    updatedAt: ts,
  },
});
