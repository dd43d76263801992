import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GradebookEvents } from '@dnevnik/contracts';
import { schoolFactsFactory, type FactSchool } from '@dnevnik/school-facts/testing';
import { person, startSubgraphUnderTest } from '@dnevnik/service-runtime/testing';
import { messaging } from '../../subgraph.js';

/**
 * Middle tier (ADR 0010): messaging alone, built from its definition, on a fresh database and
 * the in-process bus. The school's facts arrive as curriculum's and identity's events, the mark
 * as gradebook's; messaging's own consumer turns it into notifications (C2). No e-mail or SMS
 * channel is configured, so nothing leaves the test.
 */
const MONDAY = '2026-11-23';
let sut: Awaited<ReturnType<typeof startSubgraphUnderTest<typeof messaging>>>;
let school: FactSchool;
let subjectId: string;
let studentId: string;
let parentId: string;
let classmateParentId: string;

const MINE = `query($u: Boolean) { myNotifications(unreadOnly: $u) {
  id kind title body read student { id } subject { id } deliveries { channel } } }`;
const READ = `mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`;

interface Mine {
  myNotifications: {
    id: string;
    kind: string;
    title: string;
    body: string;
    read: boolean;
    student: { id: string } | null;
    subject: { id: string } | null;
    deliveries: { channel: string }[];
  }[];
}

const asParent = (id: string) => person(id, [{ role: 'parent' }]);
const asStudent = () => person(studentId, [{ role: 'student', schoolId: school.schoolId }]);
const mine = async (viewer: ReturnType<typeof person>, unreadOnly = false) =>
  (await sut.ok<Mine>(MINE, { u: unreadOnly }, viewer)).myNotifications;

/** What gradebook publishes when a teacher posts a mark (gradebook.mark.posted). */
function postMark(value: string) {
  const markId = randomUUID();
  return sut.publish(GradebookEvents.markPosted, {
    aggregateId: markId,
    schoolId: school.schoolId,
    data: {
      markId,
      studentId,
      schoolId: school.schoolId,
      subjectId,
      lessonId: randomUUID(),
      lessonDate: MONDAY,
      workType: 'test',
      value,
      replacesMarkId: null,
      timing: 'on_time',
    },
  });
}

beforeAll(async () => {
  sut = await startSubgraphUnderTest(messaging, {
    now: () => new Date(`${MONDAY}T09:30:00+03:00`),
    create: { channels: [] },
  });
  const facts = schoolFactsFactory(sut.publish);
  school = await facts.school();
  const classId = await facts.class(school);
  studentId = await facts.enrol(school, classId, '2026-09-01');
  parentId = await facts.parentOf(studentId);
  // A family of the same class: close enough to catch a notification sent to the class.
  classmateParentId = await facts.parentOf(await facts.enrol(school, classId, '2026-09-01'));
  ({ subjectId } = await facts.assignment(school, classId, '2026-09-01'));
  await postMark('5');
});
afterAll(() => sut?.stop());

describe('a gradebook mark becomes notifications (C2)', () => {
  it('tells the parent and the student, in Russian and without names', async () => {
    const expected = {
      kind: 'MARK',
      title: 'Новая отметка «5»',
      body: 'Отметка «5» за тест, 23.11.2026. Подробности в электронном дневнике.',
      read: false,
      student: { id: studentId },
      subject: { id: subjectId },
      deliveries: [],
    };
    expect(await mine(asParent(parentId))).toEqual([{ id: expect.any(String), ...expected }]);
    expect(await mine(asStudent())).toEqual([{ id: expect.any(String), ...expected }]);
  });

  it('tells no other family, and refuses an anonymous caller', async () => {
    expect(await mine(asParent(classmateParentId))).toEqual([]);
    const anonymous = await sut.gql<Mine>(MINE, {});
    expect(anonymous.data?.myNotifications ?? null).toBeNull();
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('marks only the viewer’s own notifications read', async () => {
    const [ofParent] = await mine(asParent(parentId));
    const [ofStudent] = await mine(asStudent());
    // Ids that are not the viewer's are skipped, not refused: an error would tell they exist.
    expect(
      await sut.ok(READ, { ids: [ofParent!.id, ofStudent!.id] }, asParent(classmateParentId)),
    ).toEqual({ markNotificationsRead: 0 });
    expect(await sut.ok(READ, { ids: [ofParent!.id, ofStudent!.id] }, asParent(parentId))).toEqual({
      markNotificationsRead: 1,
    });
    expect(await mine(asParent(parentId), true)).toEqual([]);
    expect((await mine(asParent(parentId)))[0]).toMatchObject({ id: ofParent!.id, read: true });
    expect(await mine(asStudent(), true)).toEqual([expect.objectContaining({ id: ofStudent!.id })]);
  });
});
