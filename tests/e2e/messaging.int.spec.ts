import { Kafka } from 'kafkajs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEMO_SCHOOL } from '@dnevnik/contracts';
import { withClient } from '@dnevnik/database/testing';
import { startSmsGateway, startSmtpSink } from './delivery-sinks.js';
import { waitForRow } from './probes.js';
import type { MessagingNotificationsListQuery } from './generated/graphql.js';
import { op } from './generated/index.js';
import { KAFKA_BROKERS, startStack, type Stack } from './harness.js';
import { buildSchool, MONDAY, P, type SchoolFixture } from './school-fixture.js';

/**
 * Messaging through the graph, with a real SMTP server and a local HTTP SMS gateway: notifications
 * from gradebook's events (C2), who may write to whom (C1), announcements (C3), engagement (C4).
 */
let stack: Stack;
let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
let sms: Awaited<ReturnType<typeof startSmsGateway>>;
let admin: string;
let id: SchoolFixture['id'];
let ok: SchoolFixture['ok'];
let math: string;
let ivanovParent: string;
let smirnovaParent: string;
let monday7a: string;

const IVANOV_MAIL = 'ivanov.parent@example.ru';
const SMIRNOVA_MAIL = 'smirnova.parent@example.ru';
const POST = op(`mutation MessagingPost($i: PostMarkInput!) { postMark(input: $i) { id } }`);
const PREFS = op(
  `mutation MessagingPrefs($i: NotificationPreferencesInput!) { setNotificationPreferences(input: $i) { email phone smsEnabled } }`,
);

const codeOf = (res: { errors?: { extensions?: { code?: string } }[] }) =>
  res.errors?.[0]?.extensions?.code;

async function messagingRows<T = Record<string, unknown>>(sql: string, params: unknown[] = []) {
  const { rows } = await withClient(stack.messagingDb!.url, (c) => c.query(sql, params));
  return rows as T[];
}

const messagingKnows = (sql: string, params: unknown[]) =>
  // A new consumer group first reads every topic's history.
  waitForRow(stack.messagingDb!.url, sql, params, 90_000);

/** Posts a mark for Petya and waits for the notifications it makes for his parent. */
async function markAndWait(value: string) {
  const mark = (
    await ok(
      POST,
      { i: { lessonId: monday7a, studentId: P.petya, workType: 'answer', value } },
      math,
    )
  ).postMark.id as string;
  const [event] = await withClient(stack.gradebookDb.url, (c) =>
    c.query(
      `select id, topic, message_key, payload from outbox_message where payload->'data'->>'markId' = $1`,
      [mark],
    ),
  ).then((r) => r.rows as { id: string; topic: string; message_key: string; payload: unknown }[]);
  await messagingKnows(`select 1 from notification where person_id = $1 and source_event_id = $2`, [
    P.ivanovParent,
    event!.id,
  ]);
  return event!;
}

beforeAll(async () => {
  smtp = await startSmtpSink();
  sms = await startSmsGateway();
  stack = await startStack({
    now: MONDAY,
    messaging: { smtpUrl: smtp.url, smsGatewayUrl: sms.url },
  });
  ({ admin, id, ok } = await buildSchool(stack));
  await ok(
    op(`mutation MessagingGenerateLessons($y: ID!) { generateLessons(yearId: $y) { created } }`),
    { y: id('year') },
    admin,
  );
  monday7a = (
    await ok(
      op(
        `query MessagingClassTimetable($c: ID!) { classTimetable(classId: $c, from: "2026-11-23", to: "2026-11-23") { id } }`,
      ),
      { c: id('7А') },
      admin,
    )
  ).classTimetable![0]!.id;
  math = await stack.login('math');
  ivanovParent = await stack.login('ivanov.parent');
  smirnovaParent = await stack.login('smirnova.parent');
  await ok(PREFS, { i: { email: IVANOV_MAIL } }, ivanovParent);
  await ok(PREFS, { i: { email: SMIRNOVA_MAIL } }, smirnovaParent);
  for (const [student, cls] of [
    [P.petya, '7А'],
    [P.anya, '7Б'],
  ] as const) {
    await messagingKnows('select 1 from rm_enrolment where student_id = $1 and class_id = $2', [
      student,
      id(cls),
    ]);
  }
  await messagingKnows('select 1 from rm_assignment where id = $1', [id('assignment7b')]);
  // Each child's own link: a parent's other child's link may arrive first.
  await messagingKnows(
    'select 1 from rm_guardianship where parent_id = $1 and child_id = $2 and verified',
    [P.ivanovParent, P.petya],
  );
  await messagingKnows(
    'select 1 from rm_guardianship where parent_id = $1 and child_id = $2 and verified',
    [P.smirnovaParent, P.anya],
  );
  await messagingKnows('select 1 from rm_role where person_id = $1', [P.director]);
  // Gradebook must know the lesson and the class before marks can be posted.
  await waitForRow(stack.gradebookDb.url, 'select 1 from rm_lesson where id = $1', [monday7a]);
  await waitForRow(
    stack.gradebookDb.url,
    'select 1 from rm_enrolment where student_id = $1 and class_id = $2',
    [P.petya, id('7А')],
  );
}, 180_000);

afterAll(async () => {
  await stack?.stop();
  await smtp?.stop();
  await sms?.stop();
});

describe('notifications from gradebook (C2)', () => {
  it('give each parent of the student one in-app notification and one e-mail, even when the event comes twice', async () => {
    const event = await markAndWait('5');
    // Deliver the very same event again, then a new one behind it on the same partition.
    const producer = new Kafka({
      clientId: 'redeliver',
      brokers: KAFKA_BROKERS.split(','),
      logLevel: 0,
    }).producer();
    await producer.connect();
    await producer.send({
      topic: event.topic,
      messages: [{ key: event.message_key, value: JSON.stringify(event.payload) }],
    });
    await producer.disconnect();
    const second = await markAndWait('4');
    // Other test files post marks for the same demo student on the shared broker: everything
    // below is scoped to this file's events and lessons.
    const emailsOf = (eventId: string) =>
      messagingRows<{ status: string; person_id: string }>(
        `select d.status, d.person_id from delivery d join notification n on n.id = d.notification_id
          where n.source_event_id = $1 and d.channel = 'email'`,
        [eventId],
      );
    await vi.waitFor(
      async () => {
        expect(await emailsOf(event.id)).toEqual([{ status: 'sent', person_id: P.ivanovParent }]);
        expect(await emailsOf(second.id)).toEqual([{ status: 'sent', person_id: P.ivanovParent }]);
      },
      { timeout: 15_000, interval: 200 },
    );
    const forFirst = await messagingRows(
      `select person_id from notification where source_event_id = $1 order by person_id`,
      [event.id],
    );
    // The student and his parent, once each; not the other family.
    expect(forFirst.map((r) => r.person_id).sort()).toEqual([P.petya, P.ivanovParent].sort());
    expect(smtp.mails.filter((m) => m.to.includes(IVANOV_MAIL)).length).toBeGreaterThanOrEqual(2);

    const QUERY = op(
      `query MessagingNotificationsList { myNotifications(first: 200) { kind title read student { id } lesson { id } deliveries { channel status } } }`,
    );
    type Notification = NonNullable<MessagingNotificationsListQuery['myNotifications']>[number];
    const ours = (list: Notification[]) =>
      list.filter((n) => n.kind === 'MARK' && n.lesson?.id === monday7a);
    const marks = ours((await ok(QUERY, {}, ivanovParent)).myNotifications!);
    expect(marks).toHaveLength(2);
    expect(marks[0]).toMatchObject({
      student: { id: P.petya },
      read: false,
      deliveries: [{ channel: 'EMAIL', status: 'SENT' }],
    });
    expect(ours((await ok(QUERY, {}, smirnovaParent)).myNotifications!)).toEqual([]);
  });

  it('hold an SMS in quiet hours until they end', async () => {
    await ok(
      PREFS,
      {
        i: {
          phone: '+7 (999) 000-00-01',
          smsEnabled: true,
          quietStart: '22:00',
          quietEnd: '07:00',
        },
      },
      ivanovParent,
    );
    stack.clock.now = new Date('2026-11-23T18:00:00Z'); // 23:00 in Yekaterinburg, still the lesson day
    try {
      const event = await markAndWait('5');
      const [delivery] = await messagingRows<{ next_attempt_at: Date; status: string }>(
        `select d.next_attempt_at, d.status from delivery d join notification n on n.id = d.notification_id
          where n.source_event_id = $1 and n.person_id = $2 and d.channel = 'sms'`,
        [event.id, P.ivanovParent],
      );
      expect(delivery!.next_attempt_at.toISOString()).toBe('2026-11-24T02:00:00.000Z');
      const smsStatus = async () =>
        (
          await messagingRows<{ status: string }>(
            `select d.status from delivery d join notification n on n.id = d.notification_id
              where n.source_event_id = $1 and n.person_id = $2 and d.channel = 'sms'`,
            [event.id, P.ivanovParent],
          )
        )[0]!.status;
      await stack.messaging!.deliveries.runOnce();
      expect(await smsStatus()).toBe('pending');
      stack.clock.now = new Date('2026-11-24T02:01:00Z');
      await stack.messaging!.deliveries.runOnce();
      expect(await smsStatus()).toBe('sent');
      expect(sms.received).toContainEqual({
        to: '+79990000001',
        text: expect.stringContaining('Новая отметка'),
      });
    } finally {
      stack.clock.now = MONDAY;
    }
  });

  it('retry a failing SMS gateway, then mark the SMS failed and keep the in-app notification', async () => {
    sms.failing.value = true;
    const before = sms.attempts.value;
    try {
      const event = await markAndWait('3');
      const smsOf = () =>
        messagingRows<{ status: string; attempts: number; last_error: string }>(
          `select d.status, d.attempts, d.last_error from delivery d join notification n on n.id = d.notification_id
            where n.source_event_id = $1 and n.person_id = $2 and d.channel = 'sms'`,
          [event.id, P.ivanovParent],
        );
      // The stack's own worker polls too, and while it is sending to the failing gateway it holds
      // the row (SKIP LOCKED): runOnce then skips it, so each round also gives that send time to
      // end. Thirty rounds leave room for the five attempts under a loaded machine.
      for (let i = 0; i < 30 && (await smsOf())[0]!.status === 'pending'; i++) {
        stack.clock.now = new Date(stack.clock.now.getTime() + 60_000);
        await stack.messaging!.deliveries.runOnce();
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const [state] = await smsOf();
      expect(state).toMatchObject({ status: 'failed', attempts: 5 });
      expect(state!.last_error).toMatch(/503/);
      expect(sms.attempts.value - before).toBeGreaterThanOrEqual(5);
      const mine = await ok(
        op(`query MessagingMyNotifications { myNotifications(unreadOnly: true) { id title } }`),
        {},
        ivanovParent,
      );
      expect(mine.myNotifications!.some((n) => n.title === 'Новая отметка «3»')).toBe(true);
    } finally {
      sms.failing.value = false;
      stack.clock.now = MONDAY;
    }
  });
});

describe('notifications from attendance and homework (C2)', () => {
  it('tell the parent of an absence recorded in attendance', async () => {
    await waitForRow(
      stack.attendanceDb.url,
      'select 1 from rm_enrolment where student_id = $1 and class_id = $2',
      [P.petya, id('7А')],
      90_000,
    );
    await waitForRow(stack.attendanceDb.url, 'select 1 from rm_lesson where id = $1', [monday7a]);
    // The teacher's assignment arrives on its own partition: attendance refuses until it has it.
    await waitForRow(stack.attendanceDb.url, 'select 1 from rm_assignment where id = $1', [
      id('assignment'),
    ]);
    const [record] = (
      await ok(
        op(
          `mutation MessagingRecordAttendance($l: ID!, $e: [AttendanceEntryInput!]!) { recordAttendance(lessonId: $l, entries: $e) { id } }`,
        ),
        { l: monday7a, e: [{ studentId: P.petya, status: 'LATE', lateMinutes: 10 }] },
        math,
      )
    ).recordAttendance;
    await vi.waitFor(
      async () => {
        const mine = await ok(
          op(
            `query MessagingMyNotifications2 { myNotifications(first: 200) { kind title body lesson { id } } }`,
          ),
          {},
          ivanovParent,
        );
        const late = mine.myNotifications!.filter(
          (n) => n.kind === 'ABSENCE' && n.lesson?.id === monday7a,
        );
        expect(late).toEqual([
          expect.objectContaining({
            title: 'Опоздание на урок',
            body: expect.stringContaining('10 мин.'),
          }),
        ]);
      },
      { timeout: 30_000, interval: 300 },
    );
    expect(record!.id).toBeTruthy();
  });
});

describe('who may write to whom (C1)', () => {
  const START = op(
    `mutation MessagingStart($i: StartThreadInput!) { startThread(input: $i) { id kind members { id } } }`,
  );
  const start = (token: string, memberIds: string[], body = 'Здравствуйте!') =>
    stack.gql(START, { i: { schoolId: DEMO_SCHOOL.schoolId, memberIds, body } }, token);

  it('lets a parent write to the child’s teacher, not to a teacher who does not teach the child', async () => {
    expect(codeOf(await start(smirnovaParent, [P.russianTeacher]))).toBe('FORBIDDEN');
    const thread = (await start(ivanovParent, [P.mathTeacher], 'Петя болел, можно пересдать?'))
      .data!.startThread;
    expect(thread.kind).toBe('DIRECT');
    await ok(
      op(
        `mutation MessagingSendMessage($t: ID!) { sendMessage(threadId: $t, body: "Да, в четверг.") { id } }`,
      ),
      { t: thread.id },
      math,
    );
    const seen = await ok(
      op(
        `query MessagingThread($t: ID!) { thread(id: $t) { unreadCount messages { body author { id } } } }`,
      ),
      { t: thread.id },
      ivanovParent,
    );
    expect(seen.thread!.unreadCount).toBe(1);
    expect(seen.thread!.messages.map((m) => m.body)).toEqual([
      'Петя болел, можно пересдать?',
      'Да, в четверг.',
    ]);
    await ok(
      op(`mutation MessagingMarkThreadRead($t: ID!) { markThreadRead(threadId: $t) }`),
      { t: thread.id },
      ivanovParent,
    );
    const receipts = await ok(
      op(
        `query MessagingThread2($t: ID!) { thread(id: $t) { unreadCount messages { readBy { id } } } }`,
      ),
      { t: thread.id },
      math,
    );
    expect(receipts.thread!.messages[1]!.readBy).toEqual([{ id: P.ivanovParent }]);
    // Outsiders cannot even see that the thread exists.
    expect(
      codeOf(
        await stack.gql(
          op(`query MessagingThread3($t: ID!) { thread(id: $t) { id } }`),
          { t: thread.id },
          smirnovaParent,
        ),
      ),
    ).toBe('NOT_FOUND');
  });

  it('keeps a student from writing to another class’s parents', async () => {
    const petya = await stack.login('ivanov.petya');
    expect(codeOf(await start(petya, [P.smirnovaParent]))).toBe('FORBIDDEN');
    expect(codeOf(await start(petya, [P.mathTeacher, P.smirnovaParent]))).toBe('FORBIDDEN');
    expect((await start(petya, [P.mathTeacher])).errors).toBeUndefined();
  });

  it('hides a reported message until the administration decides', async () => {
    const thread = (await start(math, [P.ivanovParent], 'Неуместное сообщение')).data!.startThread;
    const read = await ok(
      op(`query MessagingThread4($t: ID!) { thread(id: $t) { messages { id } } }`),
      { t: thread.id },
      ivanovParent,
    );
    const messageId = read.thread!.messages[0]!.id;
    const report = await ok(
      op(
        `mutation MessagingReportMessage($m: ID!) { reportMessage(messageId: $m, reason: "Оскорбление") { id } }`,
      ),
      { m: messageId },
      ivanovParent,
    );
    const hidden = await ok(
      op(`query MessagingThread5($t: ID!) { thread(id: $t) { messages { body hidden } } }`),
      { t: thread.id },
      math,
    );
    expect(hidden.thread!.messages[0]).toEqual({ body: null, hidden: true });
    const director = await stack.login('director');
    const open = await ok(
      op(`query MessagingAbuseReports($s: ID!) { abuseReports(schoolId: $s) { id reason } }`),
      { s: DEMO_SCHOOL.schoolId },
      director,
    );
    expect(open.abuseReports).toContainEqual({
      id: report.reportMessage.id,
      reason: 'Оскорбление',
    });
    expect(
      codeOf(
        await stack.gql(
          op(`query MessagingAbuseReports2($s: ID!) { abuseReports(schoolId: $s) { id } }`),
          { s: DEMO_SCHOOL.schoolId },
          math,
        ),
      ),
    ).toBe('FORBIDDEN');
    await ok(
      op(
        `mutation MessagingResolveReport($r: ID!) { resolveReport(reportId: $r, resolution: REMOVED) { resolution } }`,
      ),
      { r: report.reportMessage.id },
      director,
    );
  });
});

describe('announcements (C3) and parent engagement (C4)', () => {
  const PUBLISH = op(
    `mutation MessagingPublish($i: AnnouncementInput!) { publishAnnouncement(input: $i) { id readCount } }`,
  );

  it('reach the class they are for, with read tracking for the author', async () => {
    const toClass = {
      schoolId: DEMO_SCHOOL.schoolId,
      audience: 'CLASS' as const,
      classId: id('7А'),
      title: 'Родительское собрание',
      body: 'В четверг в 18:00, каб. 207.',
    };
    const published = await ok(PUBLISH, { i: toClass }, math);
    expect(
      codeOf(
        await stack.gql(PUBLISH, { i: { ...toClass, audience: 'SCHOOL', classId: null } }, math),
      ),
    ).toBe('FORBIDDEN');
    const ivanov = await ok(
      op(`query MessagingMyAnnouncements { myAnnouncements { id title read } }`),
      {},
      ivanovParent,
    );
    expect(ivanov.myAnnouncements).toContainEqual({
      id: published.publishAnnouncement.id,
      title: 'Родительское собрание',
      read: false,
    });
    const smirnova = await ok(
      op(`query MessagingMyAnnouncements2 { myAnnouncements { id } }`),
      {},
      smirnovaParent,
    );
    expect(smirnova.myAnnouncements!.map((a) => a.id)).not.toContain(
      published.publishAnnouncement.id,
    );
    await ok(
      op(`mutation MessagingMarkAnnouncementRead($a: ID!) { markAnnouncementRead(id: $a) }`),
      { a: published.publishAnnouncement.id },
      ivanovParent,
    );
    const mine = await ok(
      op(`query MessagingMyAnnouncements3 { myAnnouncements { id readCount } }`),
      {},
      math,
    );
    expect(
      mine.myAnnouncements!.find((a) => a.id === published.publishAnnouncement.id)!.readCount,
    ).toBe(1);
  });

  it('show the class teacher when each parent last opened the diary and a notification', async () => {
    await ok(op(`mutation MessagingRecordDiaryVisit { recordDiaryVisit }`), {}, ivanovParent);
    const unread = await ok(
      op(`query MessagingMyNotifications3 { myNotifications(unreadOnly: true) { id } }`),
      {},
      ivanovParent,
    );
    await ok(
      op(
        `mutation MessagingMarkNotificationsRead($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`,
      ),
      { ids: [unread.myNotifications![0]!.id] },
      ivanovParent,
    );
    await ok(
      op(`mutation MessagingGrantRole($i: GrantRoleInput!) { grantRole(input: $i) { id } }`),
      {
        i: {
          personId: P.russianTeacher,
          role: 'CLASS_TEACHER',
          schoolId: DEMO_SCHOOL.schoolId,
          classId: id('7А'),
        },
      },
      admin,
    );
    await messagingKnows(
      `select 1 from rm_role where person_id = $1 and role = 'class_teacher' and class_id = $2`,
      [P.russianTeacher, id('7А')],
    );
    const classTeacher = await stack.login('russian');
    const res = await ok(
      op(
        `query MessagingParentEngagement($c: ID!) { parentEngagement(classId: $c) { parent { id } student { id } lastDiaryVisit lastNotificationOpened unreadNotifications } }`,
      ),
      { c: id('7А') },
      classTeacher,
    );
    expect(res.parentEngagement).toEqual([
      expect.objectContaining({
        parent: { id: P.ivanovParent },
        student: { id: P.petya },
        lastDiaryVisit: MONDAY.toISOString(),
        lastNotificationOpened: MONDAY.toISOString(),
      }),
    ]);
    const report = await ok(
      op(
        `query MessagingParentActivityReport($c: ID!) { parentActivityReport(classId: $c, month: "2026-11") { parent { id } diaryVisits notificationsReceived notificationsRead } }`,
      ),
      { c: id('7А') },
      classTeacher,
    );
    expect(report.parentActivityReport![0]).toMatchObject({
      parent: { id: P.ivanovParent },
      diaryVisits: 1,
      notificationsRead: 1,
    });
    expect(report.parentActivityReport![0]!.notificationsReceived).toBeGreaterThanOrEqual(4);
    expect(
      codeOf(
        await stack.gql(
          op(
            `query MessagingParentEngagement2($c: ID!) { parentEngagement(classId: $c) { unreadNotifications } }`,
          ),
          { c: id('7А') },
          math,
        ),
      ),
    ).toBe('FORBIDDEN');
  });
});
