import { EntitySchema } from '@mikro-orm/postgresql';
import type { LessonKind } from './plan.rules.js';

/** A version of a calendar-thematic plan (КТП, S6). Each submission is a new version. */
export class Plan {
  id!: string;
  assignmentId!: string;
  version!: number;
  totalHours!: number;
  submittedBy!: string;
  submittedAt: Date = new Date();
  late!: boolean;
}

export class PlanTopic {
  id!: string;
  planId!: string;
  position!: number;
  title!: string;
  hours!: number;
  kind!: LessonKind;
}

const ts = { type: 'Date', columnType: 'timestamptz' } as const;

export const PlanSchema = new EntitySchema<Plan>({
  class: Plan,
  tableName: 'plan',
  properties: {
    id: { type: 'uuid', primary: true },
    assignmentId: { type: 'uuid' },
    version: { type: 'integer' },
    totalHours: { type: 'integer' },
    submittedBy: { type: 'uuid' },
    submittedAt: ts,
    late: { type: 'boolean' },
  },
});
export const PlanTopicSchema = new EntitySchema<PlanTopic>({
  class: PlanTopic,
  tableName: 'plan_topic',
  properties: {
    id: { type: 'uuid', primary: true },
    planId: { type: 'uuid' },
    position: { type: 'integer' },
    title: { type: 'text' },
    hours: { type: 'integer' },
    kind: { type: 'text' },
  },
});
