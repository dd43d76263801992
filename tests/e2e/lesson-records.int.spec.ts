import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEMO_SCHOOL } from '@dnevnik/contracts';
import { withClient } from '@dnevnik/database/testing';
import { op } from './generated/index.js';
import { startStack, type Stack } from './harness.js';
import { waitForRow } from './probes.js';
import { buildSchool, MONDAY, P, type SchoolFixture } from './school-fixture.js';

/**
 * The lesson record through the graph (S7, G1, G2, G4, C2): a save changes only what it carries,
 * homework is added once and edited or removed explicitly, parents hear of each new or changed
 * homework once, and topics from a temporary journal are flagged as transferred.
 */
let stack: Stack;
let admin: string;
let id: SchoolFixture['id'];
let ok: SchoolFixture['ok'];
let math: string;
let parent: string;

const RECORD = op(`mutation RecordsRecordLesson($i: RecordLessonInput!) { recordLesson(input: $i) {
  topic material workType recordStatus homework { id text dueOn revision } } }`);

const codeOf = (res: { errors?: { extensions?: { code?: string } }[] }) =>
  res.errors?.[0]?.extensions?.code;

async function curriculumRows<T = Record<string, unknown>>(sql: string, params: unknown[] = []) {
  const { rows } = await withClient(stack.curriculumDb.url, (c) => c.query(sql, params));
  return rows as T[];
}

/** The 7А algebra lesson on a date. */
async function lessonOn(date: string): Promise<string> {
  const res = await ok(
    op(
      `query RecordsClassTimetable($c: ID!, $d: String!) { classTimetable(classId: $c, from: $d, to: $d) { id } }`,
    ),
    { c: id('7А'), d: date },
    admin,
  );
  return res.classTimetable![0]!.id;
}

/** The parent's homework notifications about one lesson, by title (the test clock stands still). */
async function homeworkNotices(lessonId: string): Promise<{ title: string; body: string }[]> {
  const mine = await ok(
    op(
      `query RecordsMyNotifications { myNotifications(first: 200) { kind title body lesson { id } } }`,
    ),
    {},
    parent,
  );
  return mine
    .myNotifications!.filter((n) => n.kind === 'HOMEWORK' && n.lesson?.id === lessonId)
    .map(({ title, body }) => ({ title, body }))
    .sort((a, b) => a.title.localeCompare(b.title, 'ru'));
}

beforeAll(async () => {
  stack = await startStack({ now: MONDAY, messaging: {} });
  ({ admin, id, ok } = await buildSchool(stack));
  await ok(
    op(`mutation RecordsGenerateLessons($y: ID!) { generateLessons(yearId: $y) { created } }`),
    { y: id('year') },
    admin,
  );
  math = await stack.login('math');
  parent = await stack.login('ivanov.parent');
  const messagingKnows = (sql: string, params: unknown[]) =>
    // A new consumer group first reads every topic's history.
    waitForRow(stack.messagingDb!.url, sql, params, 90_000);
  await messagingKnows('select 1 from rm_enrolment where student_id = $1 and class_id = $2', [
    P.petya,
    id('7А'),
  ]);
  // The link to this child: the parent's other one may arrive first.
  await messagingKnows(
    'select 1 from rm_guardianship where parent_id = $1 and child_id = $2 and verified',
    [P.ivanovParent, P.petya],
  );
}, 180_000);

afterAll(() => stack?.stop());

describe('saving a lesson again (S7, C2)', () => {
  it('keeps one homework, keeps omitted fields and tells the parent once', async () => {
    const lessonId = await lessonOn('2026-11-23');
    const topicTitle = 'Линейная функция и её график';
    const text = '§ 12, № 245, 247';
    await ok(
      RECORD,
      {
        i: {
          lessonId,
          topicTitle,
          material: 'Учебник, § 12, примеры 1–3',
          workType: 'answer',
          homework: [{ text, dueOn: '2026-11-25' }],
        },
      },
      math,
    );
    // Three more saves as a teacher's screen would send them: the topic and the homework again,
    // without the material and the work type; once without the due date, once re-spaced.
    for (const homework of [
      [{ text, dueOn: '2026-11-25' }],
      [{ text }],
      [{ text: ` §  12, № 245, 247 `, dueOn: '2026-11-25' }],
    ]) {
      await ok(RECORD, { i: { lessonId, topicTitle, homework } }, math);
    }
    const lesson = await ok(
      op(
        `query RecordsMyTimetable($d: String!) { myTimetable(from: $d, to: $d) { id topic material workType homework { text dueOn revision } } }`,
      ),
      { d: '2026-11-23' },
      parent,
    );
    const seen = lesson.myTimetable!.find((l) => l.id === lessonId);
    expect(seen).toEqual({
      id: lessonId,
      topic: topicTitle,
      material: 'Учебник, § 12, примеры 1–3',
      workType: 'answer',
      homework: [{ text, dueOn: '2026-11-25', revision: 1 }],
    });
    expect(
      await curriculumRows(`select 1 from homework where lesson_id = $1`, [lessonId]),
    ).toHaveLength(1);
    expect(
      await curriculumRows(
        `select 1 from outbox_message where event_type = 'curriculum.homework.assigned' and payload->'data'->>'lessonId' = $1`,
        [lessonId],
      ),
    ).toHaveLength(1);

    await vi.waitFor(
      async () =>
        expect(await homeworkNotices(lessonId)).toEqual([
          {
            title: 'Новое домашнее задание',
            body: 'Задано домашнее задание к 25.11.2026. Текст задания в электронном дневнике.',
          },
        ]),
      { timeout: 60_000, interval: 300 },
    );

    // An explicit null clears; a field left out still stays.
    const cleared = await ok(RECORD, { i: { lessonId, workType: null } }, math);
    expect(cleared.recordLesson).toMatchObject({
      topic: topicTitle,
      material: 'Учебник, § 12, примеры 1–3',
      workType: null,
    });
    const refused = await stack.gql(RECORD, { i: { lessonId, topicTitle: null } }, math);
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
  });

  it('edits a homework as one new version and one more notice, and removes it on the record', async () => {
    const lessonId = await lessonOn('2026-11-23');
    const homework = (
      await ok(RECORD, { i: { lessonId, homework: [{ text: '§ 12, № 245, 247' }] } }, math)
    ).recordLesson!.homework[0]!;
    const UPDATE = op(
      `mutation RecordsUpdateHomework($id: ID!, $i: UpdateHomeworkInput!) { updateHomework(id: $id, input: $i) { id text dueOn revision changedAt } }`,
    );

    const stranger = await stack.login('russian');
    expect(
      codeOf(await stack.gql(UPDATE, { id: homework.id, i: { text: 'Чужое' } }, stranger)),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(
        await stack.gql(
          op(`mutation RecordsRemoveHomework($id: ID!) { removeHomework(id: $id) { id } }`),
          { id: homework.id },
          stranger,
        ),
      ),
    ).toBe('FORBIDDEN');

    const edited = await ok(
      UPDATE,
      { id: homework.id, i: { text: '§ 12, № 245, 247, 249', dueOn: '2026-11-27' } },
      math,
    );
    expect(edited.updateHomework).toMatchObject({
      text: '§ 12, № 245, 247, 249',
      dueOn: '2026-11-27',
      revision: 2,
    });
    expect(edited.updateHomework!.changedAt).toBe(MONDAY.toISOString());
    // The same edit again changes nothing, so it writes and announces nothing.
    const again = await ok(UPDATE, { id: homework.id, i: { text: '§ 12, № 245, 247, 249' } }, math);
    expect(again.updateHomework!.revision).toBe(2);
    expect(
      await curriculumRows(
        `select 1 from outbox_message where event_type = 'curriculum.homework.changed' and payload->'data'->>'homeworkId' = $1`,
        [homework.id],
      ),
    ).toHaveLength(1);

    // Events of one lesson keep their order, so once the change is told, every earlier save was.
    await vi.waitFor(
      async () =>
        expect(await homeworkNotices(lessonId)).toEqual([
          {
            title: 'Домашнее задание изменено',
            body: 'Домашнее задание изменено, срок — 27.11.2026. Новый текст задания в электронном дневнике.',
          },
          expect.objectContaining({ title: 'Новое домашнее задание' }),
        ]),
      { timeout: 60_000, interval: 300 },
    );

    const removed = await ok(
      op(
        `mutation RecordsRemoveHomework2($id: ID!) { removeHomework(id: $id) { id homework { id } } }`,
      ),
      { id: homework.id },
      math,
    );
    expect(removed.removeHomework).toEqual({ id: lessonId, homework: [] });
    const diary = await ok(
      op(
        `query RecordsMyTimetable2($d: String!) { myTimetable(from: $d, to: $d) { id homework { id } } }`,
      ),
      { d: '2026-11-23' },
      parent,
    );
    expect(diary.myTimetable!.find((l) => l.id === lessonId)!.homework).toEqual([]);
    expect(codeOf(await stack.gql(UPDATE, { id: homework.id, i: { text: 'Снова' } }, math))).toBe(
      'NOT_FOUND',
    );

    // G1: every version is kept, insert-only; G2: every change is in the school's audit chain.
    const versions = await curriculumRows<{ revision: number; change: string; text: string }>(
      `select revision, change, text from homework_revision where homework_id = $1 order by revision`,
      [homework.id],
    );
    expect(versions).toEqual([
      { revision: 1, change: 'assigned', text: '§ 12, № 245, 247' },
      { revision: 2, change: 'changed', text: '§ 12, № 245, 247, 249' },
      { revision: 3, change: 'removed', text: '§ 12, № 245, 247, 249' },
    ]);
    await expect(
      withClient(stack.curriculumDb.url, (c) =>
        c.query(`update homework_revision set text = 'подменено' where homework_id = $1`, [
          homework.id,
        ]),
      ),
    ).rejects.toThrow(/insert-only/);
    const audited = await curriculumRows<{
      action: string;
      actor: string;
      before: Record<string, unknown>;
      after: Record<string, unknown>;
    }>(
      `select action, actor_person_id as actor, before, after from audit_log
       where entity_type = 'homework' and entity_id = $1 order by seq`,
      [homework.id],
    );
    expect(audited.map((a) => a.action)).toEqual([
      'homework.assigned',
      'homework.changed',
      'homework.removed',
    ]);
    expect(audited.every((a) => a.actor === P.mathTeacher)).toBe(true);
    expect(audited[1]!.before).toMatchObject({ text: '§ 12, № 245, 247', dueOn: '2026-11-25' });
    expect(audited[1]!.after).toMatchObject({
      text: '§ 12, № 245, 247, 249',
      dueOn: '2026-11-27',
      changes: ['text', 'dueOn'],
    });
    expect(audited[2]!.before).toMatchObject({ text: '§ 12, № 245, 247, 249', revision: 2 });
    expect(
      await curriculumRows(
        `select 1 from outbox_message where event_type = 'curriculum.homework.removed' and payload->'data'->>'homeworkId' = $1`,
        [homework.id],
      ),
    ).toHaveLength(1);
  });
});

describe('topics from a temporary journal (G4)', () => {
  it('flags a topic of the outage transferred while the window is open, late otherwise', async () => {
    await waitForRow(stack.gradebookDb.url, 'select 1 from rm_school where id = $1', [
      DEMO_SCHOOL.schoolId,
    ]);
    const zavuch = await stack.login('zavuch');
    const window = (
      await ok(
        op(
          `mutation RecordsOpenTransferWindow($s: ID!) { openTransferWindow(schoolId: $s, fromDate: "2026-11-16", toDate: "2026-11-18", reason: "Сбой сети 16–18 ноября") { id closesAt } }`,
        ),
        { s: DEMO_SCHOOL.schoolId },
        zavuch,
      )
    ).openTransferWindow!;
    await waitForRow(stack.curriculumDb.url, 'select 1 from transfer_window where id = $1', [
      window.id,
    ]);

    const outage = await lessonOn('2026-11-16');
    const transferred = await ok(
      RECORD,
      { i: { lessonId: outage, topicTitle: 'Функция: определение и график' } },
      math,
    );
    expect(transferred.recordLesson!.recordStatus).toBe('TRANSFERRED');
    const read = await ok(
      op(
        `query RecordsOutageTimetable($c: ID!) { classTimetable(classId: $c, from: "2026-11-16", to: "2026-11-16") { topic recordStatus } }`,
      ),
      { c: id('7А') },
      admin,
    );
    expect(read.classTimetable).toEqual([
      { topic: 'Функция: определение и график', recordStatus: 'TRANSFERRED' },
    ]);

    // A lesson outside the outage keeps the usual rule: accepted, flagged late.
    const before = await lessonOn('2026-11-13');
    expect(
      (await ok(RECORD, { i: { lessonId: before, topicTitle: 'Координатная плоскость' } }, math))
        .recordLesson!.recordStatus,
    ).toBe('LATE');

    // Once the window has closed, a lesson of the outage is late like any other.
    stack.clock.now = new Date(Date.parse(window.closesAt) + 1);
    try {
      const wednesday = await lessonOn('2026-11-18');
      expect(
        (await ok(RECORD, { i: { lessonId: wednesday, topicTitle: 'Область определения' } }, math))
          .recordLesson!.recordStatus,
      ).toBe('LATE');
    } finally {
      stack.clock.now = MONDAY;
    }
  });
});
