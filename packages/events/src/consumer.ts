import { EntitySchema, type EntityManager, type MikroORM } from '@mikro-orm/postgresql';
import { errorSummary, type Logger } from '@dnevnik/logging';
import {
  deadLetterTopic,
  envelopeSchema,
  type EventContract,
  type EventEnvelope,
} from './envelope.js';
import type { EventTransport, ReceivedMessage, Subscription } from './transport.js';

/** Which events a consumer has applied; written in the same transaction as the effect. */
export class ProcessedEvent {
  consumer!: string;
  eventId!: string;
  eventType!: string;
  processedAt: Date = new Date();
}

export const ProcessedEventSchema = new EntitySchema<ProcessedEvent>({
  class: ProcessedEvent,
  tableName: 'processed_event',
  properties: {
    consumer: { type: 'text', primary: true },
    eventId: { type: 'uuid', primary: true },
    eventType: { type: 'text' },
    processedAt: { type: 'Date', columnType: 'timestamptz' },
  },
});

// Handlers of different payload types share one list; each validates its own payload.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface EventHandler<T = any> {
  contract: EventContract<T>;
  /** Applies the event with `em`, inside the transaction that also records it as processed. */
  handle(em: EntityManager, event: EventEnvelope<T>): Promise<void>;
}

export function on<T>(
  contract: EventContract<T>,
  handle: EventHandler<T>['handle'],
): EventHandler<T> {
  return { contract, handle };
}

export interface EventConsumerOptions {
  /** Consumer group and the name under which processed events are recorded. */
  name: string;
  orm: MikroORM;
  transport: EventTransport;
  logger: Logger;
  handlers: EventHandler[];
  /** See SubscribeOptions.fromBeginning: false for consumers that act on news only. */
  fromBeginning?: boolean;
  /** See SubscribeOptions.startAt. */
  startAt?: Date;
  maxAttempts?: number;
  retryDelayMs?: number;
}

export interface EventConsumer {
  start(): Promise<void>;
  stop(): Promise<void>;
}

export type ConsumeOutcome = 'applied' | 'duplicate' | 'ignored' | 'dead-lettered';

class PoisonMessage extends Error {}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * An idempotent consumer: each event is applied at most once per consumer, however often the
 * broker delivers it. A message that cannot be parsed, or still fails after the retries, goes to
 * the topic's dead-letter topic instead of blocking the partition or looping forever.
 */
export function createEventConsumer(options: EventConsumerOptions) {
  const log = options.logger.child({ component: 'event-consumer', consumer: options.name });
  const maxAttempts = options.maxAttempts ?? 5;
  const retryDelayMs = options.retryDelayMs ?? 200;
  const byType = new Map(
    options.handlers.map((h) => [`${h.contract.type}@${h.contract.version}`, h]),
  );
  const topics = [...new Set(options.handlers.map((h) => h.contract.topic))];
  let subscription: Subscription | null = null;

  function parse(message: ReceivedMessage): { handler: EventHandler; event: EventEnvelope } | null {
    let json: unknown;
    try {
      json = JSON.parse(message.value);
    } catch {
      throw new PoisonMessage('message is not JSON');
    }
    const envelope = envelopeSchema.safeParse(json);
    if (!envelope.success) throw new PoisonMessage(`invalid envelope: ${envelope.error.message}`);
    const handler = byType.get(`${envelope.data.type}@${envelope.data.version}`);
    if (!handler) return null;
    const data = handler.contract.data.safeParse(envelope.data.data);
    if (!data.success)
      throw new PoisonMessage(`invalid ${envelope.data.type} payload: ${data.error.message}`);
    return { handler, event: { ...envelope.data, data: data.data } };
  }

  async function apply(
    handler: EventHandler,
    event: EventEnvelope,
  ): Promise<'applied' | 'duplicate'> {
    return options.orm.em.fork().transactional(async (em) => {
      const inserted = await em.execute<{ event_id: string }[]>(
        `insert into processed_event (consumer, event_id, event_type, processed_at)
         values (?, ?, ?, now()) on conflict do nothing returning event_id`,
        [options.name, event.id, event.type],
      );
      if (inserted.length === 0) return 'duplicate';
      await handler.handle(em, event);
      return 'applied';
    });
  }

  async function deadLetter(message: ReceivedMessage, reason: string) {
    log.error({ topic: message.topic, reason }, 'message sent to dead-letter topic');
    await options.transport.publish(deadLetterTopic(message.topic), [
      {
        key: message.key,
        value: message.value,
        headers: {
          ...message.headers,
          'x-dead-letter-reason': reason.slice(0, 1000),
          'x-dead-letter-consumer': options.name,
          'x-original-topic': message.topic,
        },
      },
    ]);
  }

  async function consume(message: ReceivedMessage): Promise<ConsumeOutcome> {
    let parsed: ReturnType<typeof parse>;
    try {
      parsed = parse(message);
    } catch (err) {
      await deadLetter(message, (err as Error).message);
      return 'dead-lettered';
    }
    if (!parsed) return 'ignored';
    const { handler, event } = parsed;
    for (let attempt = 1; ; attempt++) {
      try {
        const outcome = await apply(handler, event);
        log.debug({ eventId: event.id, type: event.type, outcome }, 'event consumed');
        return outcome;
      } catch (err) {
        if (attempt >= maxAttempts) {
          // The reason travels in a header and a log line: no SQL values in it (G5).
          await deadLetter(message, `failed ${attempt} times: ${errorSummary(err)}`);
          return 'dead-lettered';
        }
        log.warn(
          { err, eventId: event.id, type: event.type, attempt },
          'event handling failed; retrying',
        );
        await sleep(retryDelayMs * 2 ** (attempt - 1));
      }
    }
  }

  return {
    topics,
    consume,
    async start() {
      await options.transport.ensureTopics([...topics, ...topics.map(deadLetterTopic)]);
      subscription = await options.transport.subscribe({
        groupId: options.name,
        topics,
        ...(options.fromBeginning === false ? { fromBeginning: false } : {}),
        ...(options.startAt ? { startAt: options.startAt } : {}),
        onMessage: async (message) => {
          await consume(message);
        },
      });
    },
    async stop() {
      await subscription?.stop();
      subscription = null;
    },
  };
}
