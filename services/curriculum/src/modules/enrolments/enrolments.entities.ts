import { EntitySchema } from '@mikro-orm/postgresql';

/** A student's membership of a class over time; movements close a row and open another (S3). */
export class Enrolment {
  id!: string;
  studentId!: string;
  classId!: string;
  startsOn!: string;
  /** Exclusive: the first day the student is no longer in the class. */
  endsOn: string | null = null;
  startReason!: 'arrival' | 'transfer' | 'promotion';
  startOrder!: string;
  endReason: 'departure' | 'transfer' | 'promotion' | null = null;
  endOrder: string | null = null;
}

const date = { type: 'string', columnType: 'date' } as const;

export const EnrolmentSchema = new EntitySchema<Enrolment>({
  class: Enrolment,
  tableName: 'enrolment',
  properties: {
    id: { type: 'uuid', primary: true },
    studentId: { type: 'uuid' },
    classId: { type: 'uuid' },
    startsOn: date,
    endsOn: { ...date, nullable: true },
    startReason: { type: 'text' },
    startOrder: { type: 'text' },
    endReason: { type: 'text', nullable: true },
    endOrder: { type: 'text', nullable: true },
  },
});
