import { randomBytes, randomUUID } from 'node:crypto';
import { Migration } from '@mikro-orm/migrations';
import { EntitySchema, type EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { createOrm, type MigrationEntry, type OrmHandle, type OrmOptions } from '@dnevnik/database';
import { createTestDatabase, type TestDatabase } from '@dnevnik/database/testing';
import { createLogger } from '@dnevnik/logging';
import { ProcessedEventSchema, createEventConsumer, on } from './consumer.js';
import {
  buildEnvelope,
  deadLetterTopic,
  defineEvent,
  topicName,
  type EventContext,
  type EventEnvelope,
} from './envelope.js';
import { createKafkaTransport } from './kafka-transport.js';
import { eventMigrations } from './migrations.js';
import { OutboxMessageSchema, createOutboxRelay, stageEvent, type OutboxRelay } from './outbox.js';
import type { EventTransport, ReceivedMessage, Subscription } from './transport.js';

// Real PostgreSQL and a real Kafka broker. Topic and group names are unique per run, so a rerun
// never reads messages left on the broker by an earlier one.
const RUN = randomBytes(4).toString('hex');
const BROKERS = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
const TOPIC = topicName(`evtest${RUN}`, 'note', 1);
const DLQ = deadLetterTopic(TOPIC);
const CONSUMER_NAME = `note-copier-${RUN}`;
const WAIT = { timeout: 30_000, interval: 100 };

const logger = createLogger({
  source: 'events-int-test',
  level: process.env.TEST_LOG_LEVEL ?? 'silent',
});

const noteData = z.object({ noteId: z.uuid(), text: z.string() });
const NoteCreated = defineEvent({
  type: 'school.note.created',
  version: 1,
  topic: TOPIC,
  data: noteData,
});
const NoteEdited = defineEvent({
  type: 'school.note.edited',
  version: 1,
  topic: TOPIC,
  data: noteData,
});

// Producer service: owns notes.
class SchoolNote {
  id!: string;
  text!: string;
}
const SchoolNoteSchema = new EntitySchema<SchoolNote>({
  class: SchoolNote,
  tableName: 'school_note',
  properties: { id: { type: 'uuid', primary: true }, text: { type: 'text' } },
});
class CreateSchoolNote extends Migration {
  override async up(): Promise<void> {
    this.addSql('create table school_note (id uuid primary key, text text not null);');
  }
}

// Consumer service: keeps a copy, counting how often the creation was applied.
class NoteCopy {
  id!: string;
  text!: string;
  receivedCount!: number;
}
const NoteCopySchema = new EntitySchema<NoteCopy>({
  class: NoteCopy,
  tableName: 'note_copy',
  properties: {
    id: { type: 'uuid', primary: true },
    text: { type: 'text' },
    receivedCount: { type: 'integer' },
  },
});
class CreateNoteCopy extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create table note_copy (id uuid primary key, text text not null, received_count int not null);',
    );
  }
}

const platformEntities = [OutboxMessageSchema, ProcessedEventSchema];
const producerEntities = [...platformEntities, SchoolNoteSchema];
const consumerEntities = [...platformEntities, NoteCopySchema];
const producerMigrations: MigrationEntry[] = [
  ...eventMigrations,
  { name: 'test-0001-school-note', class: CreateSchoolNote },
];
const consumerMigrations: MigrationEntry[] = [
  ...eventMigrations,
  { name: 'test-0001-note-copy', class: CreateNoteCopy },
];

function migrateWith(entities: OrmOptions['entities'], migrations: MigrationEntry[]) {
  return async (url: string) => {
    const handle = await createOrm({ url, entities, migrations, logger });
    try {
      await handle.migrate();
    } finally {
      await handle.close();
    }
  };
}

async function query<T extends object>(
  db: OrmHandle,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  return db.orm.em.fork().execute<T[]>(sql, params);
}

const context = (): EventContext => ({
  actor: { personId: randomUUID(), role: 'teacher' },
  correlationId: randomUUID(),
});

describe('events across two services (PostgreSQL + Kafka)', () => {
  let producerDb: TestDatabase | undefined;
  let consumerDb: TestDatabase | undefined;
  let producer: OrmHandle;
  let consumer: OrmHandle;
  let producerTransport: EventTransport | undefined;
  let consumerTransport: EventTransport | undefined;
  let observerTransport: EventTransport | undefined;
  let relay: OutboxRelay | undefined;
  let eventConsumer: ReturnType<typeof createEventConsumer> | undefined;
  let observer: Subscription | undefined;
  /** Everything on the topic and its dead-letter topic, seen by a group of its own. */
  const observed: ReceivedMessage[] = [];

  const onTopic = (key: string) => observed.filter((m) => m.topic === TOPIC && m.key === key);
  const onDlq = (key: string) => observed.filter((m) => m.topic === DLQ && m.key === key);
  const withEventId = (id: string) =>
    observed.filter((m) => m.topic === TOPIC && (JSON.parse(m.value) as EventEnvelope).id === id);

  async function noteCopy(id: string) {
    const rows = await query<{ text: string; received_count: number }>(
      consumer,
      'select text, received_count from note_copy where id = ?',
      [id],
    );
    return rows[0];
  }

  async function processedCount(eventId: string): Promise<number> {
    const rows = await query<{ n: number }>(
      consumer,
      'select count(*)::int as n from processed_event where consumer = ? and event_id = ?',
      [CONSUMER_NAME, eventId],
    );
    return rows[0]!.n;
  }

  /** Creates a note and stages its event in one transaction, as a service would. */
  async function createNote(id: string, text: string) {
    const envelope = await producer.orm.em.fork().transactional(async (tx) => {
      tx.persist(Object.assign(new SchoolNote(), { id, text }));
      return stageEvent(tx, NoteCreated, {
        aggregateId: id,
        schoolId: 'school-1',
        data: { noteId: id, text },
        context: context(),
      });
    });
    relay!.nudge();
    return envelope;
  }

  beforeAll(async () => {
    [producerDb, consumerDb] = await Promise.all([
      createTestDatabase(
        'events_producer',
        producerMigrations,
        migrateWith(producerEntities, producerMigrations),
      ),
      createTestDatabase(
        'events_consumer',
        consumerMigrations,
        migrateWith(consumerEntities, consumerMigrations),
      ),
    ]);
    producer = await createOrm({
      url: producerDb.url,
      entities: producerEntities,
      migrations: producerMigrations,
      logger,
    });
    consumer = await createOrm({
      url: consumerDb.url,
      entities: consumerEntities,
      migrations: consumerMigrations,
      logger,
    });

    producerTransport = createKafkaTransport({
      brokers: BROKERS,
      clientId: `producer-${RUN}`,
      logger,
    });
    consumerTransport = createKafkaTransport({
      brokers: BROKERS,
      clientId: `consumer-${RUN}`,
      logger,
    });
    observerTransport = createKafkaTransport({
      brokers: BROKERS,
      clientId: `observer-${RUN}`,
      logger,
    });

    eventConsumer = createEventConsumer({
      name: CONSUMER_NAME,
      orm: consumer.orm,
      transport: consumerTransport,
      logger,
      handlers: [
        on(NoteCreated, async (em: EntityManager, event) => {
          const copy = await em.findOne(NoteCopy, event.data.noteId);
          if (copy) copy.receivedCount += 1;
          else
            em.persist(
              em.create(NoteCopy, {
                id: event.data.noteId,
                text: event.data.text,
                receivedCount: 1,
              }),
            );
        }),
        on(NoteEdited, async (em: EntityManager, event) => {
          const copy = await em.findOneOrFail(NoteCopy, event.data.noteId);
          copy.text = event.data.text;
        }),
      ],
    });
    // Creates the topic and its dead-letter topic before anyone publishes.
    await eventConsumer.start();
    observer = await observerTransport.subscribe({
      groupId: `observer-${RUN}`,
      topics: [TOPIC, DLQ],
      onMessage: async (message) => {
        observed.push(message);
      },
    });

    relay = createOutboxRelay({
      orm: producer.orm,
      transport: producerTransport,
      logger,
      pollIntervalMs: 100,
    });
    relay.start();
  });

  afterAll(async () => {
    await relay?.stop();
    // A kafkajs consumer leaves only after its current fetch (up to 5 s): stop them side by side.
    await Promise.all([eventConsumer?.stop(), observer?.stop()]);
    await Promise.all([
      producerTransport?.close(),
      consumerTransport?.close(),
      observerTransport?.close(),
    ]);
    await Promise.all([producer?.close(), consumer?.close()]);
    await Promise.all([producerDb?.drop(), consumerDb?.drop()]);
  });

  it('stages a state change and its event in one transaction and applies the event in the other service', async () => {
    const id = randomUUID();
    const envelope = await createNote(id, 'Контрольная в пятницу');

    // Both the note and its event were committed by the producer, together.
    expect(await query(producer, 'select text from school_note where id = ?', [id])).toEqual([
      { text: 'Контрольная в пятницу' },
    ]);
    expect(
      await query(producer, 'select event_type, message_key from outbox_message where id = ?', [
        envelope.id,
      ]),
    ).toEqual([{ event_type: 'school.note.created', message_key: id }]);

    await vi.waitFor(async () => {
      expect(await noteCopy(id)).toEqual({ text: 'Контрольная в пятницу', received_count: 1 });
    }, WAIT);
    expect(
      await query(
        consumer,
        'select event_type from processed_event where consumer = ? and event_id = ?',
        [CONSUMER_NAME, envelope.id],
      ),
    ).toEqual([{ event_type: 'school.note.created' }]);

    // What travelled is the envelope, unchanged, keyed by the aggregate.
    await vi.waitFor(() => expect(withEventId(envelope.id)).toHaveLength(1), WAIT);
    const [message] = withEventId(envelope.id);
    expect(message!.key).toBe(id);
    expect(message!.headers).toMatchObject({ 'content-type': 'application/json' });
    expect(JSON.parse(message!.value)).toEqual(envelope);
  });

  it('stages nothing when the transaction rolls back', async () => {
    const id = randomUUID();
    let rolledBack: EventEnvelope | undefined;
    await expect(
      producer.orm.em.fork().transactional(async (tx) => {
        tx.persist(Object.assign(new SchoolNote(), { id, text: 'never saved' }));
        rolledBack = stageEvent(tx, NoteCreated, {
          aggregateId: id,
          schoolId: 'school-1',
          data: { noteId: id, text: 'never saved' },
          context: context(),
        });
        await tx.flush();
        throw new Error('validation failed after the flush');
      }),
    ).rejects.toThrow('validation failed after the flush');

    expect(rolledBack).toBeDefined();
    expect(
      await query(producer, 'select id from outbox_message where id = ?', [rolledBack!.id]),
    ).toEqual([]);
    expect(await query(producer, 'select id from school_note where id = ?', [id])).toEqual([]);

    // A later event of the same aggregate shares its partition: once it has arrived, the
    // rolled-back one would have arrived before it had it been published.
    const committed = await createNote(id, 'saved');
    await vi.waitFor(
      async () => expect(await noteCopy(id)).toEqual({ text: 'saved', received_count: 1 }),
      WAIT,
    );
    await vi.waitFor(() => expect(onTopic(id)).toHaveLength(1), WAIT);
    expect((JSON.parse(onTopic(id)[0]!.value) as EventEnvelope).id).toBe(committed.id);
    expect(await processedCount(rolledBack!.id)).toBe(0);
  });

  it('applies a redelivered event once', async () => {
    const id = randomUUID();
    const created = await createNote(id, 'first');
    await vi.waitFor(
      async () => expect(await noteCopy(id)).toEqual({ text: 'first', received_count: 1 }),
      WAIT,
    );
    await vi.waitFor(() => expect(withEventId(created.id)).toHaveLength(1), WAIT);
    const original = withEventId(created.id)[0]!;

    // The broker delivers the very same message again (as after a relay crash before marking).
    await producerTransport!.publish(TOPIC, [
      { key: original.key, value: original.value, headers: original.headers ?? {} },
    ]);
    // Then a different event of the same aggregate, hence on the same partition, after it:
    // once this one is applied, the redelivery has certainly been consumed.
    const edited = await producer.orm.em.fork().transactional(async (tx) => {
      const note = await tx.findOneOrFail(SchoolNote, id);
      note.text = 'second';
      return stageEvent(tx, NoteEdited, {
        aggregateId: id,
        schoolId: 'school-1',
        data: { noteId: id, text: 'second' },
        context: context(),
      });
    });
    relay!.nudge();

    await vi.waitFor(async () => expect((await noteCopy(id))?.text).toBe('second'), WAIT);
    expect(withEventId(created.id)).toHaveLength(2);
    expect(await noteCopy(id)).toEqual({ text: 'second', received_count: 1 });
    expect(await processedCount(created.id)).toBe(1);
    expect(await processedCount(edited.id)).toBe(1);

    // Handing it to the consumer directly gives the same answer.
    expect(await eventConsumer!.consume(original)).toBe('duplicate');
    expect(await noteCopy(id)).toEqual({ text: 'second', received_count: 1 });
  });

  it('sends poison messages to the dead-letter topic and keeps consuming', async () => {
    const id = randomUUID();
    const invalidJson = '{"id": "not even json';
    const invalidData = JSON.stringify({
      ...buildEnvelope(NoteCreated, {
        aggregateId: id,
        schoolId: 'school-1',
        data: { noteId: id, text: 'x' },
        context: context(),
      }),
      data: { noteId: id, text: 42 },
    });
    await producerTransport!.publish(TOPIC, [
      { key: id, value: invalidJson },
      { key: id, value: invalidData },
    ]);
    // A valid event behind them on the same partition.
    const valid = await createNote(id, 'after the poison');

    await vi.waitFor(
      async () =>
        expect(await noteCopy(id)).toEqual({ text: 'after the poison', received_count: 1 }),
      WAIT,
    );
    expect(await processedCount(valid.id)).toBe(1);
    expect(await processedCount((JSON.parse(invalidData) as EventEnvelope).id)).toBe(0);

    await vi.waitFor(() => expect(onDlq(id)).toHaveLength(2), WAIT);
    const [first, second] = onDlq(id);
    expect(first!.value).toBe(invalidJson);
    expect(first!.headers).toMatchObject({
      'x-original-topic': TOPIC,
      'x-dead-letter-consumer': CONSUMER_NAME,
      'x-dead-letter-reason': 'message is not JSON',
    });
    expect(second!.value).toBe(invalidData);
    expect(second!.headers!['x-dead-letter-reason']).toMatch(
      /^invalid school\.note\.created payload/,
    );
  });

  it('marks outbox rows published once the relay has sent them, and sends them once', async () => {
    const id = randomUUID();
    // Two events in one transaction: the relay publishes and marks them as one batch.
    const [created, edited] = await producer.orm.em.fork().transactional(async (tx) => {
      tx.persist(Object.assign(new SchoolNote(), { id, text: 'draft' }));
      const input = { aggregateId: id, schoolId: 'school-1', context: context() };
      return [
        stageEvent(tx, NoteCreated, { ...input, data: { noteId: id, text: 'draft' } }),
        stageEvent(tx, NoteEdited, { ...input, data: { noteId: id, text: 'final' } }),
      ];
    });
    relay!.nudge();

    const publishedAt = async () =>
      query<{ id: string; published_at: string | null }>(
        producer,
        'select id, published_at from outbox_message where id in (?, ?) order by seq',
        [created.id, edited.id],
      );
    await vi.waitFor(async () => {
      const rows = await publishedAt();
      expect(rows.map((r) => r.id)).toEqual([created.id, edited.id]);
      for (const row of rows) expect(row.published_at).not.toBeNull();
    }, WAIT);
    await vi.waitFor(
      async () => expect(await noteCopy(id)).toEqual({ text: 'final', received_count: 1 }),
      WAIT,
    );

    // Give the relay several more polls: marked rows are not sent again.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(onTopic(id).map((m) => (JSON.parse(m.value) as EventEnvelope).id)).toEqual([
      created.id,
      edited.id,
    ]);
    expect(
      await query(producer, 'select id from outbox_message where published_at is null'),
    ).toEqual([]);
  });
  it('flushes only once a poll already under way has sent its rows', async () => {
    // The poll of a started relay holds its rows locked while it sends them; a flush that
    // skipped them (SKIP LOCKED) would return with the rows still unsent. The shared relay
    // rests meanwhile, so the one under test is the only reader of the outbox.
    await relay!.stop();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let polling!: () => void;
    const pollStarted = new Promise<void>((resolve) => (polling = resolve));
    const slow: EventTransport = {
      ...producerTransport!,
      async publish(topic, messages) {
        polling();
        await gate;
        return producerTransport!.publish(topic, messages);
      },
    };
    const id = randomUUID();
    const staged = await producer.orm.em.fork().transactional(async (tx) => {
      tx.persist(Object.assign(new SchoolNote(), { id, text: 'late' }));
      return stageEvent(tx, NoteCreated, {
        aggregateId: id,
        schoolId: 'school-1',
        context: context(),
        data: { noteId: id, text: 'late' },
      });
    });
    const polled = createOutboxRelay({ orm: producer.orm, transport: slow, logger });
    polled.start();
    await pollStarted;
    setTimeout(release, 200);
    await polled.flush();
    const [row] = await query<{ published_at: string | null }>(
      producer,
      'select published_at from outbox_message where id = ?',
      [staged.id],
    );
    expect(row?.published_at).not.toBeNull();
    await polled.stop();
    relay!.start();
  });
});
