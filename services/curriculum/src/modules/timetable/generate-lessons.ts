import type { EntityManager } from '@mikro-orm/postgresql';
import { CurriculumEvents } from '@dnevnik/contracts';
import { badInput, forbidden, requireDate, requireUuid } from '@dnevnik/errors';
import { eventContext, inTransaction } from '@dnevnik/service-runtime';
import type { CurriculumContext } from '../../context.js';
import { audit } from '../audit/index.js';
import { SchoolClass } from '../classes/index.js';
import { StudyGroup } from '../groups/index.js';
import { Lesson, lessonOf, stageLessonEvent } from '../lesson/index.js';
import { canManageStructure, viewerOf } from '../school-access/index.js';
import { School } from '../schools/index.js';
import { TeachingAssignment } from '../teaching/index.js';
import { Period, requireYear } from '../years/index.js';
import { generateLessons, lessonRangeProblem } from './lesson-generation.rules.js';
import { TimetableSlot } from './timetable.entities.js';

const MAX_CLASSES = 100;

/**
 * S5: lessons generated from the timetable over a date range (by default the whole year),
 * skipping holidays, for the whole school or only the given classes (with their subgroups).
 * Generation is idempotent; lessons of a closed timetable line after its end that were never
 * conducted are cancelled with the reason.
 */
export async function generateYearLessons(
  ctx: CurriculumContext,
  input: {
    yearId: string;
    from?: string | null;
    to?: string | null;
    classIds?: readonly string[] | null;
  },
): Promise<{ created: number; cancelled: number }> {
  const classIds = input.classIds
    ? [...new Set(input.classIds.map((id) => requireUuid(id, 'classIds')))]
    : null;
  if (classIds && (classIds.length === 0 || classIds.length > MAX_CLASSES))
    throw badInput(`Классов — от 1 до ${MAX_CLASSES}; без списка — вся школа.`, {
      field: 'classIds',
    });
  return inTransaction(ctx, async (tx) => {
    const year = await requireYear(tx, input.yearId);
    if (!canManageStructure(viewerOf(ctx), year.schoolId))
      throw forbidden('Уроки по расписанию создаёт администратор школы.');
    const from = input.from ? requireDate(input.from, 'from') : year.startsOn;
    const to = input.to ? requireDate(input.to, 'to') : year.endsOn;
    const problem = lessonRangeProblem({ from, to }, year);
    if (problem) throw badInput(problem.message, { field: problem.field });
    if (classIds) {
      const found = await tx.count(SchoolClass, { id: { $in: classIds }, yearId: year.id });
      if (found !== classIds.length)
        throw badInput('Не все указанные классы есть в этом учебном году.', {
          field: 'classIds',
        });
    }
    return generateLessonsInTx(tx, ctx, year.id, from, to, classIds);
  });
}

/** The year's assignments, or only those of the given classes and of groups inside them. */
async function assignmentsOf(tx: EntityManager, yearId: string, classIds: string[] | null) {
  if (!classIds) return tx.find(TeachingAssignment, { yearId });
  const groups = await tx.find(StudyGroup, { yearId, classId: { $in: classIds } });
  return tx.find(TeachingAssignment, {
    yearId,
    $or: [{ classId: { $in: classIds } }, { groupId: { $in: groups.map((g) => g.id) } }],
  });
}

export async function generateLessonsInTx(
  tx: EntityManager,
  ctx: CurriculumContext,
  yearId: string,
  from: string,
  to: string,
  classIds: string[] | null = null,
) {
  const year = await requireYear(tx, yearId);
  const school = await tx.findOneOrFail(School, { id: year.schoolId });
  const periods = await tx.find(Period, { yearId: year.id });
  const assignments = await assignmentsOf(tx, year.id, classIds);
  const byId = new Map(assignments.map((a) => [a.id, a]));
  const slots = await tx.find(TimetableSlot, {
    assignmentId: { $in: assignments.map((a) => a.id) },
  });
  const planned = generateLessons({
    slots,
    periods,
    from,
    to,
    workingWeekdays: school.workingWeekdays,
  });
  const existing = await tx.find(Lesson, {
    slotId: { $in: slots.map((s) => s.id) },
    date: { $gte: from, $lte: to },
  });
  const have = new Set(existing.map((l) => `${l.slotId}|${l.date}`));
  let created = 0;
  for (const g of planned) {
    const a = byId.get(g.assignmentId)!;
    if (
      have.has(`${g.timetableSlotId}|${g.date}`) ||
      g.date < a.startsOn ||
      (a.endsOn && g.date >= a.endsOn)
    )
      continue;
    const lesson = lessonOf(a, {
      date: g.date,
      lessonNumber: g.lessonNumber,
      room: g.room,
      source: 'timetable',
      slotId: g.timetableSlotId,
    });
    tx.persist(lesson);
    stageLessonEvent(
      tx,
      CurriculumEvents.lessonScheduled,
      lesson,
      eventContext(ctx, 'school_admin'),
    );
    created++;
  }
  // Lessons left behind by a corrected timetable line are cancelled, never deleted (G1).
  const plannedKeys = new Set(planned.map((g) => `${g.timetableSlotId}|${g.date}`));
  let cancelled = 0;
  for (const l of existing) {
    if (l.status === 'scheduled' && !plannedKeys.has(`${l.slotId}|${l.date}`)) {
      l.status = 'cancelled';
      l.changeReason = 'Изменение расписания';
      stageLessonEvent(tx, CurriculumEvents.lessonCancelled, l, eventContext(ctx, 'school_admin'));
      cancelled++;
    }
  }
  await audit(tx, ctx, {
    schoolId: year.schoolId,
    role: 'school_admin',
    action: 'lessons.generated',
    entityType: 'academic_year',
    entityId: year.id,
    before: null,
    after: { from, to, ...(classIds ? { classIds } : {}), created, cancelled },
  });
  return { created, cancelled };
}
