import { EntitySchema } from '@mikro-orm/postgresql';

/** A weekly timetable line; a correction closes it (validTo) and opens another. */
export class TimetableSlot {
  id!: string;
  assignmentId!: string;
  weekday!: number;
  lessonNumber!: number;
  room: string | null = null;
  validFrom!: string;
  validTo: string | null = null;
}

const date = { type: 'string', columnType: 'date' } as const;

export const TimetableSlotSchema = new EntitySchema<TimetableSlot>({
  class: TimetableSlot,
  tableName: 'timetable_slot',
  properties: {
    id: { type: 'uuid', primary: true },
    assignmentId: { type: 'uuid' },
    weekday: { type: 'integer' },
    lessonNumber: { type: 'integer' },
    room: { type: 'text', nullable: true },
    validFrom: date,
    validTo: { ...date, nullable: true },
  },
});
