import { EntitySchema } from '@mikro-orm/postgresql';

/** C4: a parent (or student) opened the diary or a notification. */
export class EngagementEvent {
  id!: string;
  personId!: string;
  kind!: 'diary_opened' | 'notification_opened';
  at!: Date;
}

export const EngagementEventSchema = new EntitySchema<EngagementEvent>({
  class: EngagementEvent,
  tableName: 'engagement',
  properties: {
    id: { type: 'uuid', primary: true },
    personId: { type: 'uuid' },
    kind: { type: 'text' },
    at: { type: 'Date', columnType: 'timestamptz' },
  },
});
