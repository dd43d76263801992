import { Kafka } from 'kafkajs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SCHOOL, GradebookEvents } from '@dnevnik/contracts';
import { withClient } from '@dnevnik/database/testing';
import { op } from './generated/index.js';
import { KAFKA_BROKERS, startStack, type GqlResponse, type Stack } from './harness.js';
import { waitForRow } from './probes.js';
import { buildSchool, MONDAY, P, type SchoolFixture } from './school-fixture.js';

/**
 * Finding 9: the newest records of a journal deleted by an intruder who owns the database. The
 * chain alone still links; the signed checkpoint kept outside the database, and the hashes in
 * the Kafka events, witness the head that is gone (ADR 0009).
 */
let stack: Stack;
let admin: string;
let id: SchoolFixture['id'];
let ok: SchoolFixture['ok'];
let math: string;
let director: string;
let monday7a: string;

const POST = op(`mutation ChainPostMark($i: PostMarkInput!) { postMark(input: $i) { id } }`);
// Each verification asks for the same checkpoint fields, written out in every operation.
const VERIFY_JOURNAL = op(
  `query ChainVerifyJournal($a: ID!) { verifyJournal(assignmentId: $a) { ok checked firstBrokenMarkId reason missingTail checkpoint { status missingTail sinceCheckpoint checkpointCount checkpointHash checkpointAt } } }`,
);
const VERIFY_ATTENDANCE = op(
  `query ChainVerifyAttendance($a: ID!) { verifyAttendance(assignmentId: $a) { ok checked firstBrokenRecordId reason missingTail checkpoint { status missingTail sinceCheckpoint checkpointCount checkpointHash checkpointAt } } }`,
);

/** As an intruder would: the superuser, triggers off, straight into the service's tables. */
async function deleteNewest(url: string, table: 'mark' | 'attendance_record', journal: string) {
  await withClient(url, async (c) => {
    await c.query('set session_replication_role = replica');
    const { rowCount } = await c.query(
      `delete from ${table} where seq = (select max(seq) from ${table} where journal_key = $1)`,
      [journal],
    );
    expect(rowCount).toBe(1);
  });
}

const rows = (url: string, sql: string, params: unknown[]) =>
  withClient(url, (c) => c.query(sql, params)).then((r) => r.rows);

/** Reads a topic from its beginning and keeps the payloads `match` picks (this run's ids). */
async function collect(
  topic: string,
  match: (data: Record<string, unknown>) => boolean,
): Promise<{ found: Record<string, unknown>[]; stop(): Promise<void> }> {
  const kafka = new Kafka({
    clientId: 'e2e-witness',
    brokers: KAFKA_BROKERS.split(','),
    logLevel: 0,
  });
  const consumer = kafka.consumer({ groupId: `e2e-witness-${topic}-${Date.now()}` });
  const found: Record<string, unknown>[] = [];
  // A topic nobody has published to yet (the first checkpoint) cannot be subscribed to; created
  // as the services create theirs (packages/events: 3 partitions).
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ topics: [{ topic, numPartitions: 3 }], waitForLeaders: true });
  await admin.disconnect();
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ message }) => {
      const event = JSON.parse(String(message.value));
      if (match(event.data)) found.push(event.data);
    },
  });
  return { found, stop: () => consumer.disconnect() };
}

beforeAll(async () => {
  stack = await startStack({ now: MONDAY });
  ({ admin, id, ok } = await buildSchool(stack));
  await ok(
    op(`mutation ChainGenerateLessons($y: ID!) { generateLessons(yearId: $y) { created } }`),
    { y: id('year') },
    admin,
  );
  monday7a = (
    await ok(
      op(
        `query ChainClassTimetable($c: ID!) { classTimetable(classId: $c, from: "2026-11-23", to: "2026-11-23") { id } }`,
      ),
      { c: id('7А') },
      admin,
    )
  ).classTimetable![0]!.id;
  math = await stack.login('math');
  director = await stack.login('director');
  for (const url of [stack.gradebookDb.url, stack.attendanceDb.url]) {
    await waitForRow(url, 'select 1 from rm_lesson where id = $1', [monday7a]);
    await waitForRow(url, 'select 1 from rm_assignment where id = $1', [id('assignment')]);
    await waitForRow(url, 'select 1 from rm_enrolment where student_id = $1 and class_id = $2', [
      P.petya,
      id('7А'),
    ]);
  }
});
afterAll(() => stack?.stop());

describe('marks: the deleted newest mark (finding 9)', () => {
  let journal: string;
  let markIds: string[];

  it('publishes each mark’s chain step, so the Kafka log witnesses the head', async () => {
    markIds = [];
    for (const [workType, value] of [
      ['answer', '4'],
      ['homework', '5'],
      ['answer', '3'],
    ] as const) {
      const res = await ok(
        POST,
        { i: { lessonId: monday7a, studentId: P.petya, workType, value } },
        math,
      );
      markIds.push(res.postMark!.id);
    }
    const stored = await rows(
      stack.gradebookDb.url,
      'select id, journal_key, prev_hash, hash from mark where id = any($1) order by seq',
      [markIds],
    );
    journal = stored[0].journal_key;
    const events = await collect(
      GradebookEvents.markPosted.topic,
      (d) => typeof d.markId === 'string' && markIds.includes(d.markId),
    );
    try {
      await expect.poll(() => events.found.length, { timeout: 30_000 }).toBe(3);
      const byId = new Map(events.found.map((d) => [d.markId, d]));
      stored.forEach((m, i) =>
        expect(byId.get(m.id)).toMatchObject({
          chainKey: journal,
          chainSeq: i + 1,
          prevHash: m.prev_hash,
          hash: m.hash,
        }),
      );
    } finally {
      await events.stop();
    }
  });

  it('reports the deleted newest mark as a missing tail, which the chain alone misses', async () => {
    const witness = await collect(
      GradebookEvents.chainCheckpointed.topic,
      (d) => d.chain === `marks:${journal}`,
    );
    try {
      const run = await stack.gradebook.checkpoints.checkpointNow();
      expect(run.written.find((c) => c.chain === `marks:${journal}`)).toMatchObject({ count: 3 });
      // The signed checkpoint also went to Kafka, for the archive.
      await expect.poll(() => witness.found.length, { timeout: 30_000 }).toBe(1);
      expect(witness.found[0]).toMatchObject({ service: 'gradebook', count: 3 });
    } finally {
      await witness.stop();
    }
    const before = await ok(VERIFY_JOURNAL, { a: id('assignment') }, director);
    expect(before.verifyJournal).toMatchObject({
      ok: true,
      checked: 3,
      missingTail: 0,
      checkpoint: { status: 'OK', checkpointCount: 3, sinceCheckpoint: 0 },
    });

    await deleteNewest(stack.gradebookDb.url, 'mark', journal);

    const after = await ok(VERIFY_JOURNAL, { a: id('assignment') }, director);
    expect(after.verifyJournal).toMatchObject({
      ok: false,
      checked: 2,
      firstBrokenMarkId: null,
      missingTail: 1,
      checkpoint: { status: 'MISSING_TAIL', missingTail: 1, checkpointCount: 3 },
    });
  });

  it('keeps reporting it once a new mark makes up the count, and never re-checkpoints it', async () => {
    await ok(
      POST,
      { i: { lessonId: monday7a, studentId: P.petya, workType: 'answer', value: '5' } },
      math,
    );
    const run = await stack.gradebook.checkpoints.checkpointNow();
    expect(run.refused.map((r) => r.chain)).toContain(`marks:${journal}`);
    const res = await ok(VERIFY_JOURNAL, { a: id('assignment') }, director);
    expect(res.verifyJournal).toMatchObject({
      ok: false,
      checked: 3,
      missingTail: 0,
      checkpoint: { status: 'HEAD_MISMATCH', checkpointCount: 3 },
    });
  });

  it('keeps the verifier to the school’s leadership', async () => {
    const res = await stack.gql(VERIFY_JOURNAL, { a: id('assignment') }, math);
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('attendance: the deleted newest record (finding 9)', () => {
  it('reports the deleted newest record as a missing tail', async () => {
    const [recorded] = (
      await ok(
        op(
          `mutation ChainRecordAttendance($l: ID!, $e: [AttendanceEntryInput!]!) { recordAttendance(lessonId: $l, entries: $e) { id } }`,
        ),
        { l: monday7a, e: [{ studentId: P.petya, status: 'ABSENT' }] },
        math,
      )
    ).recordAttendance;
    await ok(
      op(
        `mutation ChainCorrectAttendance($r: ID!) { correctAttendance(recordId: $r, status: LATE, lateMinutes: 5, reason: "Пришёл к середине урока") { id } }`,
      ),
      { r: recorded!.id },
      math,
    );
    const [{ journal_key: journal }] = await rows(
      stack.attendanceDb.url,
      'select journal_key from attendance_record where id = $1',
      [recorded!.id],
    );
    const run = await stack.attendance.checkpoints.checkpointNow();
    expect(run.written.find((c) => c.chain === `attendance:${journal}`)).toMatchObject({
      count: 2,
    });
    const before = await ok(VERIFY_ATTENDANCE, { a: id('assignment') }, director);
    expect(before.verifyAttendance).toMatchObject({
      ok: true,
      checked: 2,
      missingTail: 0,
      checkpoint: { status: 'OK', checkpointCount: 2 },
    });

    await deleteNewest(stack.attendanceDb.url, 'attendance_record', journal);

    const after = await ok(VERIFY_ATTENDANCE, { a: id('assignment') }, director);
    expect(after.verifyAttendance).toMatchObject({
      ok: false,
      checked: 1,
      firstBrokenRecordId: null,
      missingTail: 1,
      checkpoint: { status: 'MISSING_TAIL', missingTail: 1, checkpointCount: 2 },
    });
  });
});

describe('audit chains of identity, curriculum and attendance (finding 9)', () => {
  /** The verification a query answered; the test fails with the errors otherwise. */
  function answer<TData, K extends keyof TData>(
    res: GqlResponse<TData>,
    field: K,
  ): NonNullable<TData[K]> {
    const value = res.data?.[field];
    if (!value) throw new Error(JSON.stringify(res.errors));
    return value;
  }

  async function deleteNewestAudit(url: string, chain: string) {
    await withClient(url, async (c) => {
      await c.query('set session_replication_role = replica');
      const { rowCount } = await c.query(
        'delete from audit_log where seq = (select max(seq) from audit_log where chain = $1)',
        [chain],
      );
      expect(rowCount).toBe(1);
    });
  }

  it('reports curriculum’s deleted newest audit entry through verifyCurriculumAuditChain', async () => {
    const verify = (token: string) =>
      stack.gql(
        op(
          `query ChainVerifyCurriculumAuditChain($s: ID!) { verifyCurriculumAuditChain(schoolId: $s) { ok checked firstBrokenSeq reason missingTail checkpoint { status missingTail sinceCheckpoint checkpointCount checkpointHash checkpointAt } } }`,
        ),
        { s: DEMO_SCHOOL.schoolId },
        token,
      );
    expect((await verify(math)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await stack.curriculum.checkpoints.checkpointNow();
    const before = answer(await verify(director), 'verifyCurriculumAuditChain');
    expect(before).toMatchObject({ ok: true, missingTail: 0, checkpoint: { status: 'OK' } });
    expect(before.checkpoint.checkpointCount).toBe(before.checked);

    await deleteNewestAudit(stack.curriculumDb.url, `school:${DEMO_SCHOOL.schoolId}`);

    expect(answer(await verify(director), 'verifyCurriculumAuditChain')).toMatchObject({
      ok: false,
      checked: before.checked - 1,
      firstBrokenSeq: null,
      missingTail: 1,
      checkpoint: { status: 'MISSING_TAIL', checkpointCount: before.checked },
    });
  });

  it('reports attendance’s deleted newest audit entry through verifyAttendanceAuditChain', async () => {
    // A parent's notices are what attendance writes to the school's audit chain.
    await waitForRow(stack.attendanceDb.url, 'select 1 from rm_school where id = $1', [
      DEMO_SCHOOL.schoolId,
    ]);
    await waitForRow(
      stack.attendanceDb.url,
      'select 1 from rm_guardianship where parent_id = $1 and child_id = $2 and verified and active',
      [P.ivanovParent, P.petya],
    );
    const parent = await stack.login('ivanov.parent');
    for (const date of ['2026-11-25', '2026-11-26'])
      await ok(
        op(
          `mutation ChainNotifyAbsence($i: AbsenceNoticeInput!) { notifyAbsence(input: $i) { id } }`,
        ),
        { i: { studentId: P.petya, fromDate: date, toDate: date, kind: 'FAMILY' } },
        parent,
      );
    const verify = (token: string) =>
      stack.gql(
        op(
          `query ChainVerifyAttendanceAuditChain($s: ID!) { verifyAttendanceAuditChain(schoolId: $s) { ok checked firstBrokenSeq reason missingTail checkpoint { status missingTail sinceCheckpoint checkpointCount checkpointHash checkpointAt } } }`,
        ),
        { s: DEMO_SCHOOL.schoolId },
        token,
      );
    expect((await verify(math)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const chain = `school:${DEMO_SCHOOL.schoolId}`;
    const run = await stack.attendance.checkpoints.checkpointNow();
    expect(run.written.find((c) => c.chain === `audit:${chain}`)).toBeDefined();
    const before = answer(await verify(director), 'verifyAttendanceAuditChain');
    expect(before).toMatchObject({ ok: true, missingTail: 0, checkpoint: { status: 'OK' } });
    expect(before.checked).toBeGreaterThanOrEqual(2);
    expect(before.checkpoint.checkpointCount).toBe(before.checked);

    await deleteNewestAudit(stack.attendanceDb.url, chain);

    // The remaining entries still link: only the checkpoint shows the deleted one.
    expect(answer(await verify(director), 'verifyAttendanceAuditChain')).toMatchObject({
      ok: false,
      checked: before.checked - 1,
      firstBrokenSeq: null,
      missingTail: 1,
      checkpoint: { status: 'MISSING_TAIL', missingTail: 1, checkpointCount: before.checked },
    });
  });

  it('reports identity’s deleted newest audit entry through verifyAuditChain', async () => {
    const verify = () =>
      stack.gql(
        op(
          `query ChainVerifyAuditChain($s: ID!) { verifyAuditChain(schoolId: $s) { ok checked firstBrokenSeq reason missingTail checkpoint { status missingTail sinceCheckpoint checkpointCount checkpointHash checkpointAt } } }`,
        ),
        { s: DEMO_SCHOOL.schoolId },
        director,
      );
    await stack.identity.checkpoints.checkpointNow();
    const before = answer(await verify(), 'verifyAuditChain');
    expect(before).toMatchObject({ ok: true, missingTail: 0, checkpoint: { status: 'OK' } });

    await deleteNewestAudit(stack.db.url, `school:${DEMO_SCHOOL.schoolId}`);

    expect(answer(await verify(), 'verifyAuditChain')).toMatchObject({
      ok: false,
      checked: before.checked - 1,
      missingTail: 1,
      checkpoint: { status: 'MISSING_TAIL' },
    });
  });

  it('lets only the regional official verify identity’s chains outside any school', async () => {
    const query = op(
      `query ChainVerifyIdentityAuditChain { verifyIdentityAuditChain(chain: SESSIONS) { ok checked firstBrokenSeq reason missingTail checkpoint { status missingTail sinceCheckpoint checkpointCount checkpointHash checkpointAt } } }`,
    );
    expect((await stack.gql(query, {}, director)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const sessions = answer(
      await stack.gql(query, {}, await stack.login('region')),
      'verifyIdentityAuditChain',
    );
    // Every login so far is in the sessions chain; its checkpoint (taken above) still holds.
    expect(sessions).toMatchObject({ ok: true, missingTail: 0, checkpoint: { status: 'OK' } });
    expect(sessions.checkpoint.sinceCheckpoint).toBeGreaterThan(0);
  });
});
