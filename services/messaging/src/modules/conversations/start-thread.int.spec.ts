import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schoolFactsFactory, type FactSchool } from '@dnevnik/school-facts/testing';
import { person, startSubgraphUnderTest } from '@dnevnik/service-runtime/testing';
import { messaging } from '../../subgraph.js';

/**
 * Middle tier (ADR 0010): messaging alone on a fresh database and the in-process bus. Who may
 * write to whom (C1) is decided on the school's real relationships, which arrive as
 * curriculum's and identity's events: the teacher teaches 7А, one family's child is in 7А, the
 * other's in 7Б.
 */
const MONDAY = '2026-11-23';
let sut: Awaited<ReturnType<typeof startSubgraphUnderTest<typeof messaging>>>;
let school: FactSchool;
/** A person's id and the viewer their requests carry. */
interface Someone {
  id: string;
  viewer: ReturnType<typeof person>;
}
let teacher: Someone;
let parent: Someone;
let otherParent: Someone;

const START = `mutation($i: StartThreadInput!) { startThread(input: $i) { id kind subject } }`;
const THREAD = `query($id: ID!) { thread(id: $id) {
  unreadCount members { id } messages { body author { id } readBy { id } } } }`;
const READ = `mutation($id: ID!) { markThreadRead(threadId: $id) }`;

interface ThreadView {
  thread: {
    unreadCount: number;
    members: { id: string }[];
    messages: { body: string; author: { id: string }; readBy: { id: string }[] }[];
  } | null;
}

const start = (memberId: string) =>
  sut.gql<{ startThread: { id: string; kind: string; subject: string } }>(
    START,
    {
      i: {
        schoolId: school.schoolId,
        memberIds: [memberId],
        subject: 'Контрольная работа',
        body: 'Добрый день! Давайте обсудим результаты контрольной.',
      },
    },
    teacher.viewer,
  );

beforeAll(async () => {
  sut = await startSubgraphUnderTest(messaging, {
    now: () => new Date(`${MONDAY}T09:30:00+03:00`),
    create: { channels: [] },
  });
  const facts = schoolFactsFactory(sut.publish);
  school = await facts.school();
  const classA = await facts.class(school, 7, 'А');
  const classB = await facts.class(school, 7, 'Б');
  const { teacherId } = await facts.assignment(school, classA, '2026-09-01');
  teacher = {
    id: teacherId,
    viewer: person(teacherId, [{ role: 'subject_teacher', schoolId: school.schoolId }]),
  };
  const parentOf = async (classId: string): Promise<Someone> => {
    const id = await facts.parentOf(await facts.enrol(school, classId, '2026-09-01'));
    return { id, viewer: person(id, [{ role: 'parent' }]) };
  };
  parent = await parentOf(classA);
  otherParent = await parentOf(classB);
});
afterAll(() => sut?.stop());

describe('a teacher writes to a parent of the class (C1)', () => {
  it('opens the thread, the parent reads it, and the teacher sees the receipt', async () => {
    const started = await start(parent.id);
    expect(started.errors).toBeUndefined();
    expect(started.data?.startThread).toMatchObject({
      kind: 'DIRECT',
      subject: 'Контрольная работа',
    });
    const id = started.data!.startThread.id;

    const before = await sut.ok<ThreadView>(THREAD, { id }, parent.viewer);
    expect(before.thread).toMatchObject({
      unreadCount: 1,
      messages: [
        {
          body: 'Добрый день! Давайте обсудим результаты контрольной.',
          author: { id: teacher.id },
          readBy: [],
        },
      ],
    });
    expect(before.thread!.members.map((m) => m.id).sort()).toEqual([teacher.id, parent.id].sort());
    expect(await sut.ok(READ, { id }, parent.viewer)).toEqual({ markThreadRead: 1 });
    expect((await sut.ok<ThreadView>(THREAD, { id }, parent.viewer)).thread?.unreadCount).toBe(0);
    const seen = await sut.ok<ThreadView>(THREAD, { id }, teacher.viewer);
    expect(seen.thread?.messages[0]?.readBy).toEqual([{ id: parent.id }]);
  });

  it('keeps the thread from another family, and the teacher from families outside the class', async () => {
    const { id } = (await start(parent.id)).data!.startThread;
    const foreign = await sut.gql<ThreadView>(THREAD, { id }, otherParent.viewer);
    expect(foreign.data?.thread ?? null).toBeNull();
    // Not yours and does not exist look the same: a thread's existence is not public.
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await sut.gql(READ, { id }, otherParent.viewer)).errors?.[0]?.extensions?.code).toBe(
      'NOT_FOUND',
    );

    const refused = await start(otherParent.id);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await sut.ok(`{ myThreads { id } }`, {}, otherParent.viewer)).toEqual({ myThreads: [] });
  });
});
