/**
 * Reads back what a scenario left: marks in gradebook's table, their events in the outbox and on
 * the topic of the suite's broker, and the notifications in messaging's table; waits (bounded)
 * for the pipeline to catch up after the fault.
 */
import { Kafka, logLevel } from 'kafkajs';
import { GradebookEvents } from '@dnevnik/contracts';
import type { PgCluster } from './infra.js';
import { sleep } from './infra.js';
import type { PostRecord } from './load.js';
import {
  reconcileMarks,
  reconcileNotifications,
  type MarkReconciliation,
  type NotificationReconciliation,
} from './reconcile.js';

export const MARK_TOPIC = GradebookEvents.markPosted.topic;

export interface ScenarioCounts {
  marks: MarkReconciliation;
  /** Stored marks whose outbox row is published. */
  outboxPublished: number;
  /** Stored marks whose event was read back from the topic (at least once). */
  onTopic: number;
  /** Messages on the topic for this scenario's marks, redeliveries included. */
  topicMessages: number;
  notifications: NotificationReconciliation;
}

async function storedMarks(pg: PgCluster, tagPrefix: string) {
  const rows = await pg.query<{ id: string; tag: string }>(
    'gradebook',
    `select id, comment as tag from mark where comment like $1`,
    [`${tagPrefix}%`],
  );
  return rows;
}

async function outboxOf(pg: PgCluster, markIds: string[]) {
  return pg.query<{ id: string; mark_id: string; published: boolean }>(
    'gradebook',
    `select id, payload->'data'->>'markId' as mark_id, published_at is not null as published
       from outbox_message where topic = $1 and payload->'data'->>'markId' = any($2)`,
    [MARK_TOPIC, markIds],
  );
}

/** The recipients of a mark's notification (C2): the student and the verified parents. */
async function recipients(pg: PgCluster, studentIds: string[]) {
  const links = await pg.query<{ parent_id: string; child_id: string }>(
    'messaging',
    `select parent_id, child_id from rm_guardianship where child_id = any($1) and verified and active`,
    [studentIds],
  );
  const byStudent = new Map<string, string[]>(studentIds.map((s) => [s, [s]]));
  for (const l of links) byStudent.get(l.child_id)!.push(l.parent_id);
  return byStudent;
}

async function notificationRows(pg: PgCluster, eventIds: string[]) {
  const rows = await pg.query<{ event_id: string; person_id: string; n: string }>(
    'messaging',
    `select source_event_id as event_id, person_id, count(*) as n from notification
      where kind = 'mark' and source_event_id = any($1) group by 1, 2`,
    [eventIds],
  );
  return rows.map((r) => ({ eventId: r.event_id, personId: r.person_id, count: Number(r.n) }));
}

/** Every message on the mark topic, read from the beginning up to the current end. */
export async function readTopic(brokers: string): Promise<{ eventId: string; markId: string }[]> {
  const kafka = new Kafka({
    clientId: 'faults-reader',
    brokers: [brokers],
    logLevel: logLevel.NOTHING,
  });
  const admin = kafka.admin();
  await admin.connect();
  const ends = await admin.fetchTopicOffsets(MARK_TOPIC).finally(() => admin.disconnect());
  const remaining = new Map(
    ends.filter((p) => Number(p.high) > Number(p.low)).map((p) => [p.partition, Number(p.high)]),
  );
  const out: { eventId: string; markId: string }[] = [];
  if (remaining.size === 0) return out;
  const consumer = kafka.consumer({ groupId: `faults-reader-${Date.now()}-${Math.random()}` });
  await consumer.connect();
  await consumer.subscribe({ topic: MARK_TOPIC, fromBeginning: true });
  await new Promise<void>((done, fail) => {
    const timer = setTimeout(() => fail(new Error('reading the topic took over 120 s')), 120_000);
    void consumer
      .run({
        eachBatch: async ({ batch }) => {
          for (const m of batch.messages) {
            try {
              const e = JSON.parse(m.value?.toString() ?? '{}') as {
                id?: string;
                data?: { markId?: string };
              };
              if (e.id && e.data?.markId) out.push({ eventId: e.id, markId: e.data.markId });
            } catch {
              // Not an envelope: not ours to count.
            }
          }
          const end = remaining.get(batch.partition);
          if (end !== undefined && Number(batch.lastOffset()) + 1 >= end) {
            remaining.delete(batch.partition);
            if (remaining.size === 0) {
              clearTimeout(timer);
              done();
            }
          }
        },
      })
      .catch(fail);
  });
  await consumer.disconnect();
  return out;
}

export interface VerifyOptions {
  pg: PgCluster;
  brokers: string;
  tagPrefix: string;
  records: PostRecord[];
  faultAt: number[];
  /** How long the pipeline may take to catch up after the fault. */
  settleMs: number;
  log: (line: string) => void;
}

/**
 * Waits until every stored mark's outbox row is published and every recipient has its
 * notification (or the settle time is over), then counts.
 */
export async function verifyScenario(options: VerifyOptions): Promise<ScenarioCounts> {
  const { pg, tagPrefix, log } = options;
  const deadline = Date.now() + options.settleMs;
  let stored = await storedMarks(pg, tagPrefix);
  let marks = reconcileMarks(options.records, stored, options.faultAt);
  const studentOf = new Map(options.records.map((r) => [r.tag, r.target.studentId]));
  const people = await recipients(pg, [...new Set(studentOf.values())]);
  let outbox: Awaited<ReturnType<typeof outboxOf>> = [];
  let notifications: NotificationReconciliation = {
    expected: 0,
    delivered: 0,
    missing: 0,
    duplicated: 0,
  };
  for (;;) {
    stored = await storedMarks(pg, tagPrefix);
    marks = reconcileMarks(options.records, stored, options.faultAt);
    outbox = await outboxOf(
      pg,
      stored.map((s) => s.id),
    );
    const expected = new Map<string, string[]>();
    const tagOf = new Map(stored.map((s) => [s.id, s.tag]));
    for (const row of outbox) {
      expected.set(row.id, people.get(studentOf.get(tagOf.get(row.mark_id)!)!) ?? []);
    }
    notifications = reconcileNotifications(
      expected,
      await notificationRows(pg, [...expected.keys()]),
    );
    const published = outbox.filter((o) => o.published).length;
    const settled =
      outbox.length === stored.length && published === stored.length && notifications.missing === 0;
    if (settled || Date.now() > deadline) {
      log(
        `${settled ? 'settled' : 'NOT settled'}: ${stored.length} stored, ${published} published from the outbox, ` +
          `${notifications.delivered}/${notifications.expected} notifications`,
      );
      break;
    }
    await sleep(1000);
  }
  const storedIds = new Set(stored.map((s) => s.id));
  const topic = (await readTopic(options.brokers)).filter((m) => storedIds.has(m.markId));
  const outboxByMark = new Map(outbox.map((o) => [o.mark_id, o.id]));
  const onTopic = new Set(
    topic.filter((m) => outboxByMark.get(m.markId) === m.eventId).map((m) => m.markId),
  );
  return {
    marks,
    outboxPublished: outbox.filter((o) => o.published).length,
    onTopic: onTopic.size,
    topicMessages: topic.length,
    notifications,
  };
}
