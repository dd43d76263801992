import type { MikroORM } from '@mikro-orm/postgresql';
import { v7 as uuidv7 } from 'uuid';
import { DEMO_SCHOOL, GradebookEvents } from '@dnevnik/contracts';
import { stageEvent, SYSTEM_ACTOR } from '@dnevnik/events';
import type { Logger } from '@dnevnik/logging';
import {
  appendMark,
  DEFAULT_WEIGHTS,
  journalKeyOf,
  localDate,
  markEventData,
  Mark,
  type WorkType,
} from '../modules/marks/index.js';
import { RmClass, RmEnrolment, RmLesson, RmSchool } from '@dnevnik/school-facts';

/** A small deterministic generator, so every demo start shows the same journal. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Each demo student's usual level: the spread of marks a real class shows. */
const LEVEL: Record<string, number[]> = {
  [DEMO_SCHOOL.people.petya]: [5, 5, 4, 4, 4, 3],
  [DEMO_SCHOOL.people.anya]: [5, 5, 5, 5, 4],
  [DEMO_SCHOOL.people.ilya]: [4, 3, 3, 3, 2, 4],
};

/**
 * Marks for the demo students over the lessons already held, taken from the read model that
 * curriculum's events built. Idempotent: nothing happens when marks exist. Grade 1 gets none (M3).
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
  const next = random(2026);
  let created = 0;
  await em.transactional(async (tx) => {
    const enrolments = await tx.find(RmEnrolment, { studentId: { $in: Object.keys(LEVEL) } });
    for (const enrolment of enrolments) {
      const cls = await tx.findOne(RmClass, { id: enrolment.classId });
      if (!cls || cls.grade === 1) continue;
      const lessons = await tx.find(
        RmLesson,
        { classId: cls.id, status: 'conducted', date: { $lt: today, $gte: enrolment.startsOn } },
        { orderBy: { date: 'asc' } },
      );
      for (const lesson of lessons) {
        if (next() > 0.35) continue;
        const levels = LEVEL[enrolment.studentId]!;
        const value = levels[Math.floor(next() * levels.length)]!;
        const workType = (lesson.workType as WorkType | null) ?? 'answer';
        const { key } = await journalKeyOf(tx, lesson.assignmentId);
        const mark = await appendMark(tx, {
          id: uuidv7(),
          journalKey: key,
          schoolId: lesson.schoolId,
          studentId: enrolment.studentId,
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
        stageEvent(tx, GradebookEvents.markPosted, {
          aggregateId: mark.studentId,
          schoolId: mark.schoolId,
          data: markEventData(mark),
          context: { actor: SYSTEM_ACTOR, correlationId: 'demo-seed' },
        });
        created++;
      }
    }
  });
  options.logger.info({ marks: created }, 'demo marks seeded');
  return { created };
}
