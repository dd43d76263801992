import { Kafka } from 'kafkajs';
import { withClient } from '@dnevnik/database/testing';
import { KAFKA_BROKERS } from './harness.js';

/**
 * Waits until a service's database answers `sql` with a row: its read model has taken in this
 * run's facts (events arrive on several partitions, in no order across them).
 */
export async function waitForRow(
  url: string,
  sql: string,
  params: unknown[] = [],
  timeoutMs = 45_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { rows } = await withClient(url, (c) => c.query(sql, params));
    if (rows.length > 0) return;
    if (Date.now() > deadline) throw new Error(`no row after ${timeoutMs} ms: ${sql}`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

/**
 * Reads a topic from its beginning and keeps the events `match` picks. Topics keep the events of
 * earlier runs, so `match` must look for this run's ids.
 */
export async function watchTopic(
  topic: string,
  match: (event: { type: string; data: Record<string, unknown> }) => boolean,
): Promise<{ seen: string[]; stop(): Promise<void> }> {
  const kafka = new Kafka({
    clientId: 'e2e-probe',
    brokers: KAFKA_BROKERS.split(','),
    logLevel: 0,
  });
  const consumer = kafka.consumer({ groupId: `e2e-probe-${topic}-${Date.now()}` });
  const seen: string[] = [];
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ message }) => {
      const event = JSON.parse(String(message.value));
      if (match(event)) seen.push(event.type);
    },
  });
  return { seen, stop: () => consumer.disconnect() };
}
