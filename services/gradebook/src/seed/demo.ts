import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { v7 as uuidv7 } from 'uuid';
import { DEMO_SCHOOL, demoRoster, GradebookEvents, lcgRandom } from '@dnevnik/contracts';
import { SYSTEM_ACTOR } from '@dnevnik/events';
import type { Logger } from '@dnevnik/logging';
import {
  appendMark,
  DEFAULT_WEIGHTS,
  journalKeyOf,
  localDate,
  Mark,
  stageMarkEvent,
  type WorkType,
} from '../modules/marks/index.js';
import { RmClass, RmEnrolment, RmLesson, RmSchool } from '@dnevnik/school-facts';
import { addDays } from '@dnevnik/school-time';

/** Each named demo student's usual level: the spread of marks a real class shows. */
const LEVEL: Record<string, number[]> = {
  [DEMO_SCHOOL.people.petya]: [5, 5, 4, 4, 4, 3],
  [DEMO_SCHOOL.people.anya]: [5, 5, 5, 5, 4],
  [DEMO_SCHOOL.people.ilya]: [4, 3, 3, 3, 2, 4],
};

/** Usual levels of the roster's synthetic students, from excellent to weak; one each. */
const ROSTER_LEVELS: number[][] = [
  [5, 5, 5, 4],
  [5, 5, 4, 4, 4],
  [5, 4, 4, 4, 3],
  [4, 4, 4, 3, 5],
  [4, 4, 3, 3, 4],
  [4, 3, 3, 3, 4, 2],
  [3, 3, 4, 3, 2],
];

/**
 * The named students get marks over the whole year so far, in about a third of their lessons;
 * the synthetic ones over the last four weeks, in about one lesson in five: a class's journal
 * looks full where people look first, and the seed (and the notifications it sets off) stays
 * small enough for a quick start.
 */
const NAMED_SHARE = 0.35;
const ROSTER_SHARE = 0.2;
const ROSTER_WINDOW_DAYS = 28;

interface MarkPlan {
  studentId: string;
  levels: number[];
  share: number;
}

/** Marks one student in a share of the given lessons, with values drawn from their level. */
async function markLessons(
  tx: EntityManager,
  plan: MarkPlan,
  lessons: readonly RmLesson[],
  next: () => number,
): Promise<number> {
  let created = 0;
  for (const lesson of lessons) {
    if (next() > plan.share) continue;
    const value = plan.levels[Math.floor(next() * plan.levels.length)]!;
    const workType = (lesson.workType as WorkType | null) ?? 'answer';
    const { key } = await journalKeyOf(tx, lesson.assignmentId);
    const mark = await appendMark(tx, {
      id: uuidv7(),
      journalKey: key,
      schoolId: lesson.schoolId,
      studentId: plan.studentId,
      subjectId: lesson.subjectId,
      assignmentId: lesson.assignmentId,
      lessonId: lesson.id,
      lessonDate: lesson.date,
      title: null,
      pairId: null,
      pairPart: null,
      workType,
      weight: DEFAULT_WEIGHTS[workType] ?? 1,
      scale: 'five_point',
      value: String(value),
      numeric: value,
      comment: null,
      replacesMarkId: null,
      correctionReason: null,
      approvedBy: null,
      timing: 'on_time',
      enteredBy: lesson.teacherId,
      enteredRole: 'subject_teacher',
      enteredAt: new Date(`${lesson.date}T10:00:00Z`),
    });
    stageMarkEvent(tx, GradebookEvents.markPosted, mark, {
      actor: SYSTEM_ACTOR,
      correlationId: 'demo-seed',
    });
    created++;
  }
  // Every flush compares all entities the transaction holds: letting go of this student's marks
  // and events keeps each one as cheap as the first (the lessons are only read from here on).
  await tx.flush();
  tx.clear();
  return created;
}

/** Conducted lessons of a class in [from, today), oldest first; none in grade 1 (M3). */
async function heldLessons(
  tx: EntityManager,
  classId: string,
  from: string,
  today: string,
): Promise<RmLesson[]> {
  const cls = await tx.findOne(RmClass, { id: classId });
  if (!cls || cls.grade === 1) return [];
  return tx.find(
    RmLesson,
    { classId, status: 'conducted', date: { $lt: today, $gte: from } },
    { orderBy: { date: 'asc', id: 'asc' } },
  );
}

/**
 * Marks for the demo students over the lessons already held, taken from the read model that
 * curriculum's events built: the named students' over the year, their synthetic classmates'
 * (demoRoster) over the last weeks. Idempotent: nothing happens when marks exist. Grade 1 gets
 * none (M3).
 */
export async function seedGradebookDemo(
  orm: MikroORM,
  options: { logger: Logger; today: Date },
): Promise<{ created: number }> {
  const em = orm.em.fork();
  if ((await em.count(Mark, {})) > 0) return { created: 0 };
  const school = await em.findOne(RmSchool, { id: DEMO_SCHOOL.schoolId });
  if (!school) return { created: 0 };
  const today = localDate(options.today, school.timeZone);
  const rosterFrom = addDays(today, -ROSTER_WINDOW_DAYS);
  let created = 0;
  await em.transactional(async (tx) => {
    const next = lcgRandom(2026);
    const enrolments = await tx.find(
      RmEnrolment,
      { studentId: { $in: Object.keys(LEVEL) } },
      { orderBy: { studentId: 'asc' } },
    );
    for (const enrolment of enrolments) {
      const lessons = await heldLessons(tx, enrolment.classId, enrolment.startsOn, today);
      const plan = {
        studentId: enrolment.studentId,
        levels: LEVEL[enrolment.studentId]!,
        share: NAMED_SHARE,
      };
      created += await markLessons(tx, plan, lessons, next);
    }

    // Their synthetic classmates, class by class; classes without a journal have no lessons held.
    const nextRoster = lcgRandom(2028);
    const synthetic = demoRoster().students.filter((s) => s.named === null);
    const level = new Map(
      synthetic.map((s) => [s.id, ROSTER_LEVELS[s.rosterNumber % ROSTER_LEVELS.length]!]),
    );
    const rosterEnrolments = await tx.find(
      RmEnrolment,
      { studentId: { $in: [...level.keys()] } },
      { orderBy: { classId: 'asc', studentId: 'asc' } },
    );
    const lessonsOf = new Map<string, RmLesson[]>();
    for (const enrolment of rosterEnrolments) {
      let lessons = lessonsOf.get(enrolment.classId);
      if (!lessons) {
        lessons = await heldLessons(tx, enrolment.classId, rosterFrom, today);
        lessonsOf.set(enrolment.classId, lessons);
      }
      const mine = lessons.filter((l) => l.date >= enrolment.startsOn);
      const plan = {
        studentId: enrolment.studentId,
        levels: level.get(enrolment.studentId)!,
        share: ROSTER_SHARE,
      };
      created += await markLessons(tx, plan, mine, nextRoster);
    }
  });
  options.logger.info({ marks: created }, 'demo marks seeded');
  return { created };
}
