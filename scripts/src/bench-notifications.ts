/**
 * `npm run bench:notifications`: event-to-notification latency in messaging at a sustained mark
 * rate. Mark events are produced to the real Kafka topic at BENCH_RATE per second for
 * BENCH_SECONDS; messaging consumes them and writes an in-app notification for the student and
 * the parent. Reported: p50/p95/p99/max from the event's production to its notification's
 * commit, beside the same percentiles for a bare Kafka consumer of the same messages in the same
 * run (the baseline: what Kafka alone costs on this machine). A benchmark, not a test.
 *
 * Needs the real PostgreSQL (TEST_DATABASE_URL) and Kafka (KAFKA_BROKERS, default
 * 127.0.0.1:9092: `bash scripts/kafka.sh start`).
 */
import { randomUUID } from 'node:crypto';
import { generateKeyPairPem } from '@dnevnik/auth';
import { DEMO_SCHOOL, GradebookEvents } from '@dnevnik/contracts';
import { createOrm } from '@dnevnik/database';
import { createTestDatabase, withClient } from '@dnevnik/database/testing';
import {
  buildEnvelope,
  createKafkaTransport,
  OutboxMessageSchema,
  ProcessedEventSchema,
  SYSTEM_ACTOR,
} from '@dnevnik/events';
import { createLogger } from '@dnevnik/logging';
import {
  createMessagingService,
  loadMessagingEnv,
  messagingEntities,
  messagingMigrations,
} from '@dnevnik/messaging';

const BROKERS = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
const RATE = Number(process.env.BENCH_RATE ?? 100);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const STUDENTS = 300;
const WARMUP_EVENTS = 24;
const TICK_MS = 50;

const out = (line = '') => process.stdout.write(`${line}\n`);
const logger = createLogger({ source: 'bench', level: 'silent' });

function percentiles(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
  return { n: sorted.length, p50: at(50), p95: at(95), p99: at(99), max: sorted.at(-1) ?? NaN };
}

const row = (name: string, p: ReturnType<typeof percentiles>) =>
  out(
    `${name.padEnd(34)} ${String(p.n).padStart(6)} ${[p.p50, p.p95, p.p99, p.max].map((v) => v.toFixed(1).padStart(9)).join('')}`,
  );

const db = await createTestDatabase('bench_messaging', messagingMigrations, async (url) => {
  const handle = await createOrm({
    url,
    entities: [...messagingEntities, OutboxMessageSchema, ProcessedEventSchema],
    migrations: messagingMigrations,
    logger,
  });
  await handle.migrate();
  await handle.close();
});
const students = Array.from({ length: STUDENTS }, () => randomUUID());
await withClient(db.url, async (c) => {
  await c.query(
    `insert into rm_school (id, time_zone, working_weekdays) values ($1, 'Asia/Yekaterinburg', '[1,2,3,4,5]')`,
    [DEMO_SCHOOL.schoolId],
  );
  for (const student of students)
    await c.query(
      `insert into rm_guardianship (link_id, parent_id, child_id, verified, active) values ($1, $2, $3, true, true)`,
      [randomUUID(), randomUUID(), student],
    );
});

const suffix = `.bench-${randomUUID().slice(0, 8)}`;
const messaging = await createMessagingService({
  env: loadMessagingEnv({
    NODE_ENV: 'test',
    MESSAGING_PORT: '0',
    MESSAGING_DATABASE_URL: db.url,
    KAFKA_BROKERS: BROKERS.join(','),
  }),
  logger,
  // Nothing queries the graph here; the key only satisfies the subgraph's startup check.
  gatewayPublicKeyPem: (await generateKeyPairPem('EdDSA')).publicKeyPem,
  consumerGroupSuffix: suffix,
  channels: [],
});
await messaging.start();

const transport = createKafkaTransport({
  brokers: BROKERS,
  clientId: 'bench-notifications',
  logger,
});
const topic = GradebookEvents.markPosted.topic;
await transport.ensureTopics([topic]);
const producedAt = new Map<string, number>();
const kafkaLatency: number[] = [];
const baseline = await transport.subscribe({
  groupId: `bench-baseline${suffix}`,
  topics: [topic],
  async onMessage(m) {
    const id = (JSON.parse(m.value) as { id: string }).id;
    const t = producedAt.get(id);
    if (t !== undefined) kafkaLatency.push(Date.now() - t);
  },
});

let seq = 0;
function markEvent() {
  const student = students[seq++ % students.length]!;
  return buildEnvelope(GradebookEvents.markPosted, {
    aggregateId: student,
    schoolId: DEMO_SCHOOL.schoolId,
    data: {
      markId: randomUUID(),
      studentId: student,
      schoolId: DEMO_SCHOOL.schoolId,
      subjectId: randomUUID(),
      lessonId: randomUUID(),
      lessonDate: '2026-11-23',
      workType: 'answer',
      value: String(2 + (seq % 4)),
      replacesMarkId: null,
      timing: 'on_time',
    },
    context: { actor: SYSTEM_ACTOR, correlationId: 'bench' },
  });
}

async function publish(n: number): Promise<string[]> {
  const events = Array.from({ length: n }, markEvent);
  const now = Date.now();
  for (const e of events) producedAt.set(e.id, now);
  await transport.publish(
    topic,
    events.map((e) => ({ key: e.aggregateId, value: JSON.stringify(e) })),
  );
  return events.map((e) => e.id);
}

async function notified(ids: string[]): Promise<number> {
  const { rows } = await withClient(db.url, (c) =>
    c.query(
      `select count(distinct source_event_id)::int as n from notification where source_event_id = any($1)`,
      [ids],
    ),
  );
  return rows[0].n as number;
}

async function waitFor(ids: string[], timeoutMs: number) {
  const until = Date.now() + timeoutMs;
  while ((await notified(ids)) < ids.length) {
    if (Date.now() > until) throw new Error('notifications did not arrive in time');
    await new Promise((r) => setTimeout(r, 200));
  }
}

// Warm-up: the new consumer groups first read the topic's history; events on every partition
// that are notified mean that history is behind us.
out('Warming up (consumer groups read the topic history first)…');
await waitFor(await publish(WARMUP_EVENTS), 300_000);
kafkaLatency.length = 0;

out(`Producing ${RATE} mark events/s for ${SECONDS} s…`);
const ids: string[] = [];
const perTick = (RATE * TICK_MS) / 1000;
const started = Date.now();
let due = 0;
while (Date.now() - started < SECONDS * 1000) {
  due += perTick;
  const n = Math.floor(due);
  due -= n;
  if (n > 0) ids.push(...(await publish(n)));
  await new Promise((r) => setTimeout(r, TICK_MS));
}
await waitFor(ids, 120_000);

const { rows } = await withClient(db.url, (c) =>
  c.query(
    `select source_event_id, min(created_at) as created_at, count(*)::int as recipients from notification where source_event_id = any($1) group by source_event_id`,
    [ids],
  ),
);
const latency = rows.map(
  (r) => new Date(r.created_at as Date).getTime() - producedAt.get(r.source_event_id as string)!,
);
const recipients = rows.reduce((sum, r) => sum + (r.recipients as number), 0);

out();
out(
  `${ids.length} events in ${SECONDS} s (${(ids.length / SECONDS).toFixed(0)}/s), ${recipients} notifications`,
);
out(
  `${'latency, ms'.padEnd(34)} ${'n'.padStart(6)} ${['p50', 'p95', 'p99', 'max'].map((h) => h.padStart(9)).join('')}`,
);
row('Kafka only (baseline consumer)', percentiles(kafkaLatency));
row('event → in-app notification', percentiles(latency));

await baseline.stop();
await transport.close();
await messaging.stop();
await db.drop();
