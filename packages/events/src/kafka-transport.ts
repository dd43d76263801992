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

  /** Commits, for each topic where the group has no offsets yet, the offsets of time `at`. */
  async function startGroupAt(groupId: string, topics: string[], at: Date) {
    const admin = kafka.admin();
    await admin.connect();
    try {
      const committed = await admin.fetchOffsets({ groupId, topics });
      for (const { topic, partitions } of committed) {
        if (partitions.some((p) => Number(p.offset) >= 0)) continue;
        const offsets = await admin.fetchTopicOffsetsByTimestamp(topic, at.getTime());
        await admin.setOffsets({ groupId, topic, partitions: offsets });
      }
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
          await admin.createTopics({
            waitForLeaders: true,
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
      if (startAt && (fromBeginning ?? true)) await startGroupAt(groupId, topics, startAt);
      const consumer = kafka.consumer({ groupId, allowAutoTopicCreation: false });
      await consumer.connect();
      await consumer.subscribe({ topics, fromBeginning: fromBeginning ?? true });
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
