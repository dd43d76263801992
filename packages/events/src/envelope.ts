import { v7 as uuidv7 } from 'uuid';
import { z } from 'zod';

/** Who caused an event: the person and the role they acted in (G2). System jobs have no person. */
export const actorSchema = z.object({
  personId: z.string().nullable(),
  role: z.string().nullable(),
});
export type Actor = z.infer<typeof actorSchema>;

export const SYSTEM_ACTOR: Actor = { personId: null, role: 'system' };

/** The envelope every event travels in, whatever its type (schemas/events/README.md). */
export const envelopeSchema = z.object({
  id: z.uuid(),
  type: z.string().regex(/^[a-z]+\.[a-z-]+\.[a-z-]+$/),
  version: z.number().int().positive(),
  occurredAt: z.iso.datetime(),
  aggregateId: z.string().min(1),
  schoolId: z.string().nullable(),
  correlationId: z.string().min(1),
  causationId: z.string().nullable(),
  actor: actorSchema,
  data: z.unknown(),
});
export type EventEnvelope<T = unknown> = Omit<z.infer<typeof envelopeSchema>, 'data'> & { data: T };

/** The part of an envelope that comes from the request or message being handled. */
export interface EventContext {
  actor: Actor;
  correlationId: string;
  causationId?: string | null;
}

/**
 * An event type with its payload schema and topic. Types are `<service>.<aggregate>.<verb>`;
 * topics carry one aggregate and a version (`identity.role.v1`).
 */
export interface EventContract<T> {
  type: string;
  version: number;
  topic: string;
  data: z.ZodType<T>;
}

export function topicName(service: string, aggregate: string, version: number): string {
  return `${service}.${aggregate}.v${version}`;
}

export function deadLetterTopic(topic: string): string {
  return `${topic}.dlq`;
}

export function defineEvent<T>(contract: EventContract<T>): EventContract<T> {
  if (!envelopeSchema.shape.type.safeParse(contract.type).success) {
    throw new Error(`Event type "${contract.type}" must look like service.aggregate.verb`);
  }
  return contract;
}

export function buildEnvelope<T>(
  contract: EventContract<T>,
  input: {
    aggregateId: string;
    schoolId: string | null;
    data: T;
    context: EventContext;
    now?: Date;
  },
): EventEnvelope<T> {
  // Validate on produce: a malformed event never leaves the service.
  const data = contract.data.parse(input.data);
  return {
    id: uuidv7(),
    type: contract.type,
    version: contract.version,
    occurredAt: (input.now ?? new Date()).toISOString(),
    aggregateId: input.aggregateId,
    schoolId: input.schoolId,
    correlationId: input.context.correlationId,
    causationId: input.context.causationId ?? null,
    actor: input.context.actor,
    data,
  };
}
