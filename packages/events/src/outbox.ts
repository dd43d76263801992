import { EntitySchema, type EntityManager, type MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '@dnevnik/logging';
import {
  buildEnvelope,
  type EventContext,
  type EventContract,
  type EventEnvelope,
} from './envelope.js';
import type { EventTransport, TransportMessage } from './transport.js';

/** An event waiting in the producing service's database until the relay has published it. */
export class OutboxMessage {
  id!: string;
  seq?: string;
  topic!: string;
  messageKey!: string;
  eventType!: string;
  payload!: EventEnvelope;
  createdAt: Date = new Date();
  publishedAt: Date | null = null;
}

export const OutboxMessageSchema = new EntitySchema<OutboxMessage>({
  class: OutboxMessage,
  tableName: 'outbox_message',
  properties: {
    id: { type: 'uuid', primary: true },
    // Publication order; a sequence is cheaper and stricter than ordering by timestamp.
    seq: { type: 'bigint', autoincrement: true, persist: false, unique: true },
    topic: { type: 'text' },
    messageKey: { type: 'text' },
    eventType: { type: 'text' },
    payload: { type: 'json' },
    createdAt: { type: 'Date', columnType: 'timestamptz' },
    publishedAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
  },
});

/**
 * Adds an event to the unit of work of `em`: it is written by the same flush, in the same
 * transaction, as the state change it describes. Nothing is sent to the broker here.
 */
export function stageEvent<T>(
  em: EntityManager,
  contract: EventContract<T>,
  input: { aggregateId: string; schoolId: string | null; data: T; context: EventContext },
): EventEnvelope<T> {
  const envelope = buildEnvelope(contract, input);
  const row = new OutboxMessage();
  row.id = envelope.id;
  row.topic = contract.topic;
  // Keyed by aggregate: all events of one aggregate land on one partition, in order.
  row.messageKey = envelope.aggregateId;
  row.eventType = envelope.type;
  row.payload = envelope as EventEnvelope;
  em.persist(row);
  return envelope;
}

export interface OutboxRelayOptions {
  orm: MikroORM;
  transport: EventTransport;
  logger: Logger;
  pollIntervalMs?: number;
  batchSize?: number;
}

export interface OutboxRelay {
  start(): void;
  stop(): Promise<void>;
  /**
   * Publishes everything pending now; returns how many messages this call sent. It first waits
   * for a poll already under way: that poll holds its rows locked (SKIP LOCKED), so without the
   * wait a flush could return while those rows are still on their way to the broker.
   */
  flush(): Promise<number>;
  /** Asks the relay to look for new rows without waiting for the next poll. */
  nudge(): void;
}

interface PendingRow {
  id: string;
  topic: string;
  message_key: string;
  payload: EventEnvelope | string;
}

/**
 * Publishes committed outbox rows to the broker in commit order. Delivery is at least once: a
 * crash between publishing and marking leads to a repeat, which idempotent consumers absorb.
 */
export function createOutboxRelay(options: OutboxRelayOptions): OutboxRelay {
  const log = options.logger.child({ component: 'outbox-relay' });
  const pollIntervalMs = options.pollIntervalMs ?? 250;
  const batchSize = options.batchSize ?? 200;
  let timer: NodeJS.Timeout | null = null;
  let active: Promise<void> | null = null;
  let running = false;
  let failures = 0;

  async function publishBatch(): Promise<number> {
    const em = options.orm.em.fork();
    return em.transactional(async (tx) => {
      // SKIP LOCKED lets several replicas relay side by side without sending a row twice.
      const rows = await tx.execute<PendingRow[]>(
        `select id, topic, message_key, payload from outbox_message
          where published_at is null order by seq limit ? for update skip locked`,
        [batchSize],
      );
      if (rows.length === 0) return 0;
      let start = 0;
      while (start < rows.length) {
        const topic = rows[start]!.topic;
        let end = start;
        const messages: TransportMessage[] = [];
        while (end < rows.length && rows[end]!.topic === topic) {
          const row = rows[end]!;
          const envelope =
            typeof row.payload === 'string' ? row.payload : JSON.stringify(row.payload);
          messages.push({
            key: row.message_key,
            value: envelope,
            headers: { 'content-type': 'application/json' },
          });
          end++;
        }
        await options.transport.publish(topic, messages);
        start = end;
      }
      await tx.execute(`update outbox_message set published_at = now() where id in (?)`, [
        rows.map((r) => r.id),
      ]);
      return rows.length;
    });
  }

  async function flush(): Promise<number> {
    let total = 0;
    for (;;) {
      const n = await publishBatch();
      total += n;
      if (n < batchSize) return total;
    }
  }

  function schedule(delay: number) {
    if (!running) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(tick, delay);
  }

  function tick() {
    timer = null;
    if (!running || active) return;
    active = flush()
      .then((n) => {
        if (n > 0) log.debug({ published: n }, 'outbox published');
        failures = 0;
      })
      .catch((err: unknown) => {
        failures++;
        log.warn({ err, failures }, 'outbox publish failed; will retry');
      })
      .finally(() => {
        active = null;
        // Back off while the broker is unreachable; poll normally otherwise.
        schedule(failures > 0 ? Math.min(pollIntervalMs * 2 ** failures, 30_000) : pollIntervalMs);
      });
  }

  return {
    start() {
      if (running) return;
      running = true;
      schedule(0);
    },
    async stop() {
      running = false;
      if (timer) clearTimeout(timer);
      timer = null;
      await active;
    },
    async flush() {
      await active;
      return flush();
    },
    nudge() {
      if (running && !active) schedule(0);
    },
  };
}
