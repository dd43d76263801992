import {
  Kafka,
  Partitioners,
  type Admin,
  type Consumer,
  type Producer,
  type SASLOptions,
} from 'kafkajs';
import { kafkaLogCreator, type Logger } from '@dnevnik/logging';
import type { EventTransport, Subscription } from './transport.js';

export interface KafkaTransportOptions {
  brokers: string[];
  clientId: string;
  logger: Logger;
  /** Partitions for topics this service creates; production provisions topics itself. */
  partitions?: number;
  /** How many partitions a consumer handles at once (default 3). */
  concurrentPartitions?: number;
  /** TLS to the brokers; the region's cluster is not plaintext. */
  ssl?: boolean;
  sasl?: {
    mechanism: 'plain' | 'scram-sha-256' | 'scram-sha-512';
    username: string;
    password: string;
  };
}

const LEADER_WAIT_MS = 30_000;

async function waitForLeaders(admin: Admin, topics: string[]): Promise<void> {
  const deadline = Date.now() + LEADER_WAIT_MS;
  for (;;) {
    try {
      const { topics: meta } = await admin.fetchTopicMetadata({ topics });
      if (meta.every((t) => t.partitions.length > 0 && t.partitions.every((p) => p.leader >= 0)))
        return;
    } catch (err) {
      // A topic created a moment ago may not be in the metadata yet.
      if (Date.now() > deadline) throw err;
    }
    if (Date.now() > deadline) throw new Error(`no partition leaders for ${topics.join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export function createKafkaTransport(options: KafkaTransportOptions): EventTransport {
  const kafka = new Kafka({
    clientId: options.clientId,
    brokers: options.brokers,
    logCreator: kafkaLogCreator(options.logger),
    retry: { retries: 8, initialRetryTime: 200 },
    ssl: options.ssl ?? false,
    // kafkajs types SASL per mechanism; the three we accept share one shape.
    ...(options.sasl ? { sasl: options.sasl as SASLOptions } : {}),
  });
  const consumers = new Set<Consumer>();
  let producer: Producer | null = null;
  let connecting: Promise<Producer> | null = null;

  async function getProducer(): Promise<Producer> {
    if (producer) return producer;
    connecting ??= (async () => {
      // Idempotent producer: a retried send never duplicates or reorders messages of a partition.
      const p = kafka.producer({
        idempotent: true,
        maxInFlightRequests: 1,
        createPartitioner: Partitioners.DefaultPartitioner,
      });
      await p.connect();
      producer = p;
      return p;
    })();
    try {
      return await connecting;
    } finally {
      connecting = null;
    }
  }

  /**
   * Where a group without committed offsets must start, per `topic:partition`: the offsets of
   * time `startAt`, or, for a group that starts at the end, the ends as they are now.
   */
  async function startingOffsets(topics: string[], startAt: Date | undefined) {
    const admin = kafka.admin();
    await admin.connect();
    try {
      await waitForLeaders(admin, topics);
      const start = new Map<string, string>();
      for (const topic of topics) {
        const offsets = await listOffsets(admin, topic, startAt);
        for (const p of offsets) start.set(`${topic}:${p.partition}`, p.offset);
      }
      return start;
    } finally {
      await admin.disconnect();
    }
  }

  /** A fresh broker may still be moving a new topic's leadership: ask again for a while. */
  async function listOffsets(admin: Admin, topic: string, startAt: Date | undefined) {
    const deadline = Date.now() + LEADER_WAIT_MS;
    for (;;) {
      try {
        return startAt
          ? await admin.fetchTopicOffsetsByTimestamp(topic, startAt.getTime())
          : (await admin.fetchTopicOffsets(topic)).map((p) => ({
              partition: p.partition,
              offset: p.high,
            }));
      } catch (err) {
        if (Date.now() > deadline) throw err;
        await new Promise((resolve) => setTimeout(resolve, 300));
      }
    }
  }

  /**
   * On each join: the assigned partitions where the group has committed nothing are moved to
   * their starting offsets and those offsets are committed at once. Without the commit, a group
   * that starts at the end is put at the end again by every later join (after a restart or a
   * broker outage) and skips whatever was published meanwhile: notifications were lost so.
   * kafkajs' own admin setOffsets would join the group once per topic, seconds each.
   */
  async function pinUncommitted(
    consumer: Consumer,
    groupId: string,
    assignment: Record<string, number[]>,
    start: Map<string, string>,
  ) {
    const admin = kafka.admin();
    await admin.connect();
    try {
      const committed = await admin.fetchOffsets({ groupId, topics: Object.keys(assignment) });
      const pins: { topic: string; partition: number; offset: string }[] = [];
      for (const { topic, partitions } of committed)
        for (const p of partitions) {
          const offset = start.get(`${topic}:${p.partition}`);
          if (
            Number(p.offset) < 0 &&
            offset !== undefined &&
            assignment[topic]?.includes(p.partition)
          )
            pins.push({ topic, partition: p.partition, offset });
        }
      for (const pin of pins) consumer.seek(pin);
      if (pins.length > 0) await consumer.commitOffsets(pins);
    } finally {
      await admin.disconnect();
    }
  }

  return {
    kind: 'kafka',
    async ensureTopics(topics) {
      const admin = kafka.admin();
      await admin.connect();
      try {
        const existing = new Set(await admin.listTopics());
        const missing = [...new Set(topics)].filter((t) => !existing.has(t));
        if (missing.length > 0) {
          // Not kafkajs's own wait: it gives up when the metadata does not list a topic that
          // another service is creating at the same moment (UNKNOWN_TOPIC_OR_PARTITION), where
          // ours waits until the deadline.
          await admin.createTopics({
            waitForLeaders: false,
            topics: missing.map((topic) => ({ topic, numPartitions: options.partitions ?? 3 })),
          });
        }
        // Another service may have just created a topic (createTopics then returns at once,
        // without waiting): subscribe only once every partition has a leader.
        await waitForLeaders(admin, [...new Set(topics)]);
      } finally {
        await admin.disconnect();
      }
    },
    async publish(topic, messages) {
      const p = await getProducer();
      await p.send({ topic, acks: -1, messages });
    },
    async subscribe({ groupId, topics, onMessage, fromBeginning, startAt }): Promise<Subscription> {
      const consumer = kafka.consumer({ groupId, allowAutoTopicCreation: false });
      await consumer.connect();
      await consumer.subscribe({ topics, fromBeginning: fromBeginning ?? true });
      const pinned = fromBeginning === false || startAt;
      const start = pinned ? await startingOffsets(topics, startAt) : null;
      if (start)
        consumer.on(consumer.events.GROUP_JOIN, ({ payload }) => {
          pinUncommitted(consumer, groupId, payload.memberAssignment, start).catch((err) =>
            options.logger.warn({ err, groupId }, 'could not fix where the consumer group starts'),
          );
        });
      await consumer.run({
        // Partitions of a group are consumed side by side, each still one message at a time in
        // order: per-key order is all the contracts promise, and one slow partition no longer
        // holds up the others.
        partitionsConsumedConcurrently: options.concurrentPartitions ?? 3,
        eachMessage: async ({ topic, message }) => {
          const headers: Record<string, string> = {};
          for (const [k, v] of Object.entries(message.headers ?? {})) {
            if (v !== undefined) headers[k] = String(v);
          }
          await onMessage({
            topic,
            key: message.key?.toString() ?? '',
            value: message.value?.toString() ?? '',
            headers,
          });
        },
      });
      consumers.add(consumer);
      return {
        async stop() {
          consumers.delete(consumer);
          await consumer.disconnect();
        },
      };
    },
    async close() {
      await Promise.all([...consumers].map((c) => c.disconnect()));
      consumers.clear();
      await producer?.disconnect();
      producer = null;
    },
  };
}
