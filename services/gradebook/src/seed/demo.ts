import type { EntityManager } from '@mikro-orm/postgresql';
import { DEMO_SCHOOL, demoRoster, lcgRandom } from '@dnevnik/contracts';
import type { Logger } from '@dnevnik/logging';
import { RmClass, RmEnrolment, RmLesson, RmSchool } from '@dnevnik/school-facts';
import { addDays } from '@dnevnik/school-time';
import { actingPerson } from '@dnevnik/service-runtime';
import { localDate, Mark, postMarks } from '../modules/marks/index.js';
import type { GradebookService } from '../subgraph.js';

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

/** What the seed needs of the service: its database to read, and its use cases to call. */
export type GradebookSeedTarget = Pick<GradebookService, 'actAs' | 'database'>;

/** One planned mark: a student's value for a lesson. */
interface PlannedMark {
  lesson: RmLesson;
  studentId: string;
  value: number;
}

/** Picks a share of the given lessons for one student, with values drawn from their level. */
function planMarks(
  plan: MarkPlan,
  lessons: readonly RmLesson[],
  next: () => number,
): PlannedMark[] {
  const out: PlannedMark[] = [];
  for (const lesson of lessons) {
    if (next() > plan.share) continue;
    const value = plan.levels[Math.floor(next() * plan.levels.length)]!;
    out.push({ lesson, studentId: plan.studentId, value });
  }
  return out;
}

/**
 * Posts the planned marks as the teachers would have: each lesson's column at once by its
 * teacher through postMarks, on the day of the lesson, so the weights, scale, entry timing and
 * the mark chain are the use case's, not a copy of them.
 */
async function postPlanned(service: GradebookSeedTarget, planned: readonly PlannedMark[]) {
  const byLesson = new Map<string, PlannedMark[]>();
  for (const p of planned) {
    const column = byLesson.get(p.lesson.id);
    if (column) column.push(p);
    else byLesson.set(p.lesson.id, [p]);
  }
  const columns = [...byLesson.values()].sort(
    (a, b) =>
      a[0]!.lesson.date.localeCompare(b[0]!.lesson.date) ||
      a[0]!.lesson.id.localeCompare(b[0]!.lesson.id),
  );
  let created = 0;
  for (const column of columns) {
    const { lesson } = column[0]!;
    const teacher = actingPerson(lesson.teacherId, [
      { role: 'subject_teacher', schoolId: lesson.schoolId },
    ]);
    const onTheDay = new Date(`${lesson.date}T10:00:00Z`);
    const marks = await postMarks(service.actAs(teacher, { now: () => onTheDay }), {
      lessonId: lesson.id,
      workType: lesson.workType ?? 'answer',
      entries: column.map((p) => ({ studentId: p.studentId, value: String(p.value) })),
    });
    created += marks.length;
  }
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
  service: GradebookSeedTarget,
  options: { logger: Logger; today: Date },
): Promise<{ created: number }> {
  const em = service.database.orm.em.fork();
  if ((await em.count(Mark, {})) > 0) return { created: 0 };
  const school = await em.findOne(RmSchool, { id: DEMO_SCHOOL.schoolId });
  if (!school) return { created: 0 };
  const today = localDate(options.today, school.timeZone);
  const rosterFrom = addDays(today, -ROSTER_WINDOW_DAYS);
  const planned: PlannedMark[] = [];
  const next = lcgRandom(2026);
  const enrolments = await em.find(
    RmEnrolment,
    { studentId: { $in: Object.keys(LEVEL) } },
    { orderBy: { studentId: 'asc' } },
  );
  for (const enrolment of enrolments) {
    const lessons = await heldLessons(em, enrolment.classId, enrolment.startsOn, today);
    const plan = {
      studentId: enrolment.studentId,
      levels: LEVEL[enrolment.studentId]!,
      share: NAMED_SHARE,
    };
    planned.push(...planMarks(plan, lessons, next));
  }

  // Their synthetic classmates, class by class; classes without a journal have no lessons held.
  const nextRoster = lcgRandom(2028);
  const synthetic = demoRoster().students.filter((s) => s.named === null);
  const level = new Map(
    synthetic.map((s) => [s.id, ROSTER_LEVELS[s.rosterNumber % ROSTER_LEVELS.length]!]),
  );
  const rosterEnrolments = await em.find(
    RmEnrolment,
    { studentId: { $in: [...level.keys()] } },
    { orderBy: { classId: 'asc', studentId: 'asc' } },
  );
  const lessonsOf = new Map<string, RmLesson[]>();
  for (const enrolment of rosterEnrolments) {
    let lessons = lessonsOf.get(enrolment.classId);
    if (!lessons) {
      lessons = await heldLessons(em, enrolment.classId, rosterFrom, today);
      lessonsOf.set(enrolment.classId, lessons);
    }
    const mine = lessons.filter((l) => l.date >= enrolment.startsOn);
    const plan = {
      studentId: enrolment.studentId,
      levels: level.get(enrolment.studentId)!,
      share: ROSTER_SHARE,
    };
    planned.push(...planMarks(plan, mine, nextRoster));
  }
  const created = await postPlanned(service, planned);
  options.logger.info({ marks: created }, 'demo marks seeded');
  return { created };
}
