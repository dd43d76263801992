import { EntitySchema } from '@mikro-orm/postgresql';

/** A school, with the time zone its deadlines are counted in (the region spans several). */
export class School {
  id!: string;
  regionId!: string;
  name!: string;
  timeZone!: string;
  /** ISO weekdays the school works (five- or six-day week). */
  workingWeekdays: number[] = [1, 2, 3, 4, 5];
  createdAt: Date = new Date();
}

/** A lesson number's start and end in the school's bell schedule. */
export class Bell {
  id!: string;
  schoolId!: string;
  lessonNumber!: number;
  startsAt!: string;
  endsAt!: string;
}

const ts = { type: 'Date', columnType: 'timestamptz' } as const;

export const SchoolSchema = new EntitySchema<School>({
  class: School,
  tableName: 'school',
  properties: {
    id: { type: 'uuid', primary: true },
    regionId: { type: 'uuid' },
    name: { type: 'text' },
    timeZone: { type: 'text' },
    workingWeekdays: { type: 'json' },
    createdAt: ts,
  },
});
export const BellSchema = new EntitySchema<Bell>({
  class: Bell,
  tableName: 'bell',
  properties: {
    id: { type: 'uuid', primary: true },
    schoolId: { type: 'uuid' },
    lessonNumber: { type: 'integer' },
    startsAt: { type: 'text' },
    endsAt: { type: 'text' },
  },
});
