import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SCHOOL, demoRoster } from '@dnevnik/contracts';
import { createLogger } from '@dnevnik/logging';
import { addDays } from '@dnevnik/school-time';
import { startSubgraphUnderTest } from '@dnevnik/service-runtime/testing';
import { curriculum } from '../subgraph.js';
import { isSchoolDay } from '../modules/calendar/index.js';
import { SchoolClass } from '../modules/classes/index.js';
import { CurriculumItem } from '../modules/curriculum/index.js';
import { Enrolment } from '../modules/enrolments/index.js';
import { GroupMember } from '../modules/groups/index.js';
import { Homework, Lesson } from '../modules/lesson/index.js';
import { Plan, PlanTopic } from '../modules/plan/index.js';
import { School } from '../modules/schools/index.js';
import { TeachingAssignment } from '../modules/teaching/index.js';
import { detectSlotClashes, TimetableSlot } from '../modules/timetable/index.js';
import { AcademicYear, Period } from '../modules/years/index.js';
import { seedCurriculumDemo, type CurriculumDemoResult } from './demo.js';

// The service on real PostgreSQL; the seed builds the school through its use cases.
const logger = createLogger({
  source: 'curriculum-demo-test',
  level: process.env.TEST_LOG_LEVEL ?? 'silent',
});
const TODAY = new Date('2026-11-23T10:00:00Z'); // Monday, 15:00 in Yekaterinburg
const TODAY_LOCAL = '2026-11-23';
const ids = DEMO_SCHOOL;

let sut: Awaited<ReturnType<typeof startSubgraphUnderTest<typeof curriculum>>>;
let first: CurriculumDemoResult;
let seedMs: number;

async function tableCounts() {
  const em = sut.service.database.orm.em.fork();
  const rows = await em.execute<
    { lessons: string; outbox: string; audit: string; homework: string }[]
  >(
    `select (select count(*) from lesson) as lessons, (select count(*) from outbox_message) as outbox,
            (select count(*) from audit_log) as audit, (select count(*) from homework) as homework`,
  );
  return rows[0]!;
}

beforeAll(async () => {
  sut = await startSubgraphUnderTest(curriculum, { now: () => TODAY });
  const started = performance.now();
  first = await seedCurriculumDemo(sut.service, { logger, today: TODAY });
  seedMs = performance.now() - started;
});

afterAll(() => sut?.stop());

describe('curriculum demo seed', () => {
  it('creates the demo school and its year in well under 30 s', async () => {
    expect(first.created).toBe(true);
    expect(first.schoolId).toBe(ids.schoolId);
    expect(first.lessons).toBeGreaterThan(3_000);
    expect(seedMs).toBeLessThan(120_000);
    const em = sut.service.database.orm.em.fork();
    const school = await em.findOneOrFail(School, { id: ids.schoolId });
    expect(school.timeZone).toBe('Asia/Yekaterinburg');
    const year = await em.findOneOrFail(AcademicYear, { id: first.yearId });
    expect(year).toMatchObject({ name: '2026/2027', startsOn: '2026-09-01', endsOn: '2027-05-31' });
  });

  it('has the 22 classes with the shared demo ids', async () => {
    const classes = await sut.service.database.orm.em.fork().find(SchoolClass, {});
    expect(classes).toHaveLength(22);
    expect(new Set(classes.map((c) => c.id))).toEqual(new Set(Object.values(ids.classes)));
    expect(classes.find((c) => c.id === ids.classes['7А'])).toMatchObject({
      grade: 7,
      letter: 'А',
    });
  });

  it('enrols 20 to 30 students in every class: the named ones where they are, the roster’s too', async () => {
    const em = sut.service.database.orm.em.fork();
    const enrolments = await em.find(Enrolment, {});
    const roster = demoRoster().students;
    expect(enrolments).toHaveLength(roster.length);
    for (const [key, classId] of Object.entries(ids.classes)) {
      const n = enrolments.filter((e) => e.classId === classId).length;
      expect(n, key).toBeGreaterThanOrEqual(20);
      expect(n, key).toBeLessThanOrEqual(30);
    }
    const classOf = (studentId: string) =>
      enrolments.find((e) => e.studentId === studentId)?.classId;
    expect(classOf(ids.people.petya)).toBe(ids.classes['7А']);
    expect(classOf(ids.people.anya)).toBe(ids.classes['7А']);
    expect(classOf(ids.people.ilya)).toBe(ids.classes['7Б']);
    expect(classOf(ids.people.masha)).toBe(ids.classes['1А']);
    for (const s of roster) expect(classOf(s.id), s.id).toBe(ids.classes[s.classKey]);
    // The English subgroup of 7А is about half the class, Petya among them.
    const members = await em.find(GroupMember, {});
    expect(members.map((m) => m.studentId)).toContain(ids.people.petya);
    const in7a = enrolments.filter((e) => e.classId === ids.classes['7А']).length;
    expect(Math.abs(members.length - in7a / 2)).toBeLessThanOrEqual(2);
  });

  it('gives every plan exactly the curriculum hours', async () => {
    const em = sut.service.database.orm.em.fork();
    const plans = await em.find(Plan, {});
    expect(plans).toHaveLength(11);
    for (const plan of plans) {
      const a = await em.findOneOrFail(TeachingAssignment, { id: plan.assignmentId });
      const cls = await em.findOneOrFail(SchoolClass, { id: a.classId! });
      const item = await em.findOneOrFail(CurriculumItem, {
        grade: cls.grade,
        subjectId: a.subjectId,
      });
      const topics = await em.find(PlanTopic, { planId: plan.id });
      const hours = topics.reduce((sum, t) => sum + t.hours, 0);
      expect(hours).toBe(item.hoursPerYear);
      expect(plan.totalHours).toBe(item.hoursPerYear);
      expect(plan.late).toBe(false);
    }
  });

  it('has a timetable without clashes', async () => {
    const em = sut.service.database.orm.em.fork();
    const assignments = await em.find(TeachingAssignment, {});
    const slots = await em.find(TimetableSlot, {});
    expect(slots.length).toBeGreaterThan(500);
    const owners = new Map(
      assignments.map((a) => [
        a.id,
        { teacherId: a.teacherId, classId: a.classId, groupId: a.groupId },
      ]),
    );
    expect(detectSlotClashes(slots, owners)).toEqual([]);
    const load = new Map<string, number>();
    for (const s of slots) {
      const t = assignments.find((a) => a.id === s.assignmentId)!.teacherId;
      load.set(t, (load.get(t) ?? 0) + 1);
    }
    expect(Math.max(...load.values())).toBeLessThanOrEqual(30);
  });

  it('puts no lesson on a weekend or holiday', async () => {
    const em = sut.service.database.orm.em.fork();
    const periods = await em.find(Period, { yearId: first.yearId });
    const dates = await em.execute<{ date: string }[]>(
      `select distinct to_char(date, 'YYYY-MM-DD') as date from lesson`,
    );
    expect(dates.length).toBeGreaterThan(150);
    for (const { date } of dates) {
      expect(isSchoolDay(date, periods, { workingWeekdays: [1, 2, 3, 4, 5] }), date).toBe(true);
    }
  });

  it('has the journal of 7А filled in before today and not after', async () => {
    const em = sut.service.database.orm.em.fork();
    const classId = ids.classes['7А']!;
    const held = await em.find(Lesson, { classId, status: 'conducted' });
    expect(held.length).toBeGreaterThan(200);
    for (const l of held) {
      expect(l.date < TODAY_LOCAL).toBe(true);
      expect(l.topicTitle).toBeTruthy();
      expect(l.conductedBy).toBe(l.teacherId);
      expect(l.recordStatus).toBe('on_time');
    }
    expect(held.some((l) => l.topicId !== null)).toBe(true);
    expect(
      await em.count(Lesson, {
        classId,
        date: { $gte: TODAY_LOCAL },
        status: { $ne: 'scheduled' },
      }),
    ).toBe(0);
    expect(
      await em.count(Lesson, { classId, date: { $lt: TODAY_LOCAL }, status: 'scheduled' }),
    ).toBe(0);
    // Classes outside the identity demo have this week's and next week's lessons, no records.
    const other = await em.find(Lesson, { classId: ids.classes['5А']! });
    expect(other.length).toBeGreaterThan(40);
    expect(other.every((l) => l.status === 'scheduled')).toBe(true);
    expect(other.every((l) => l.date >= TODAY_LOCAL && l.date <= addDays(TODAY_LOCAL, 13))).toBe(
      true,
    );
  });

  it('has Petya’s individual homework in algebra and general homework in 7А', async () => {
    const em = sut.service.database.orm.em.fork();
    const own = await em.find(Homework, { studentId: ids.people.petya });
    expect(own).toHaveLength(1);
    const lesson = await em.findOneOrFail(Lesson, { id: own[0]!.lessonId });
    expect(lesson.classId).toBe(ids.classes['7А']);
    expect(lesson.teacherId).toBe(ids.people.mathTeacher);
    const general = await em.execute<{ n: string }[]>(
      `select count(*) as n from homework h join lesson l on l.id = h.lesson_id
        where l.class_id = ? and h.student_id is null`,
      [ids.classes['7А']],
    );
    expect(Number(general[0]!.n)).toBeGreaterThan(20);
  });

  it('does nothing the second time', async () => {
    const before = await tableCounts();
    const second = await seedCurriculumDemo(sut.service, { logger, today: TODAY });
    expect(second).toEqual({ ...first, created: false });
    expect(await tableCounts()).toEqual(before);
  });
});
