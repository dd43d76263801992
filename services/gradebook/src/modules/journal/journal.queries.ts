import type { EntityManager } from '@mikro-orm/postgresql';
import { isService, requirePerson } from '@dnevnik/auth';
import { currentPeriodFinals, type FinalMark } from '../finals/index.js';
import { badInput, forbidden, notFound, requireUuid } from '@dnevnik/errors';
import {
  requireSchool,
  RmLesson,
  RmPeriod,
  studentsBetween,
  type RmAssignment,
} from '@dnevnik/school-facts';
import type { GradebookContext } from '../../context.js';
import { forecast, marksToReach, suggestFinal, type WeightedMark } from '../finals/index.js';
import { canReadStudentMarks, currentOnly, journalKeyOf, localDate, Mark } from '../marks/index.js';
import { loadGradingSettings } from '../settings/index.js';
import { canReadJournal } from './journal.access.js';
import { daysBetween } from '@dnevnik/school-time';

export interface JournalRow {
  studentId: string;
  marks: Mark[];
  mean: number | null;
  suggested: number | null;
  enough: boolean;
  required: number;
  /** The current period final, if set. */
  final: FinalMark | null;
}

/** The numbers a mean is taken of: five-point equivalents with their weights (pass/fail has none). */
export const weighted = (marks: readonly Mark[]): WeightedMark[] =>
  marks.filter((m) => m.numeric !== null).map((m) => ({ numeric: m.numeric!, weight: m.weight }));

/** A period of the assignment's lessons: held ones and the hours per week they amount to. */
async function periodLessons(em: EntityManager, assignment: RmAssignment, period: RmPeriod) {
  const lessons = await em.find(
    RmLesson,
    {
      assignmentId: assignment.id,
      date: { $gte: period.startsOn, $lte: period.endsOn },
      status: { $ne: 'cancelled' },
    },
    { orderBy: { date: 'asc' } },
  );
  // M6 counts marks against hours per week; the timetable's lessons in the period tell them.
  const weeks = Math.max(1, daysBetween(period.startsOn, period.endsOn) / 7);
  return { lessons, hoursPerWeek: Math.max(1, Math.round(lessons.length / weeks)) };
}

export async function requirePeriod(em: EntityManager, periodId: string): Promise<RmPeriod> {
  const period = await em.findOne(RmPeriod, { id: requireUuid(periodId, 'periodId') });
  if (!period) throw notFound('Период');
  return period;
}

/** Current marks of a journal in a period, one student or all. */
async function periodMarks(
  em: EntityManager,
  key: string,
  period: RmPeriod,
  studentId?: string,
): Promise<Mark[]> {
  const marks = await em.find(
    Mark,
    {
      journalKey: key,
      lessonDate: { $gte: period.startsOn, $lte: period.endsOn },
      ...(studentId ? { studentId } : {}),
    },
    { orderBy: { seq: 'asc' } },
  );
  return currentOnly(marks);
}

/**
 * The journal page's marks: a row per student of the class (or group) in the period, with
 * current marks (written works without a lesson included), the weighted mean and the suggested
 * final by the school's mark-count rule (M6). Every current mark counts toward the minimum,
 * pass/fail ones too; only point marks enter the mean.
 */
export async function journal(ctx: GradebookContext, assignmentId: string, periodId: string) {
  // A service may get past this only to the school check below, which names the archivist.
  const viewer = isService(ctx.viewer) ? ctx.viewer : requirePerson(ctx.viewer);
  const { key, assignment } = await journalKeyOf(ctx.em, requireUuid(assignmentId, 'assignmentId'));
  const period = await requirePeriod(ctx.em, periodId);
  if (period.yearId !== assignment.yearId)
    throw badInput('Период относится к другому учебному году.', { field: 'periodId' });
  if (!canReadJournal(viewer, assignment.schoolId))
    throw forbidden('Журнал класса видят работники школы.');
  const [{ lessons, hoursPerWeek }, current, students, settings] = await Promise.all([
    periodLessons(ctx.em, assignment, period),
    periodMarks(ctx.em, key, period),
    studentsBetween(ctx.em, assignment, period.startsOn, period.endsOn),
    loadGradingSettings(ctx.em, assignment.schoolId),
  ]);
  // One query for the page's finals, not one per row.
  const finals = await currentPeriodFinals(ctx.em, {
    subjectId: assignment.subjectId,
    periodId: period.id,
    studentIds: students,
  });
  const rows: JournalRow[] = students.map((studentId) => {
    const own = current.filter((m) => m.studentId === studentId);
    const s = suggestFinal({
      marks: weighted(own),
      markCount: own.length,
      hoursPerWeek,
      policy: settings.policy,
    });
    return {
      studentId,
      marks: own,
      mean: s.mean,
      suggested: s.suggested,
      enough: s.enough,
      required: s.required,
      final: finals.get(studentId) ?? null,
    };
  });
  return {
    assignmentId: assignment.id,
    periodId: period.id,
    lessonIds: lessons.map((l) => l.id),
    hoursPerWeek,
    rows,
  };
}

/**
 * M8: the predicted final of a student from current marks, with what it takes to reach a target:
 * for the student, their parents and staff.
 */
export async function studentForecast(
  ctx: GradebookContext,
  input: { studentId: string; assignmentId: string; periodId: string; target?: number | null },
) {
  const viewer = requirePerson(ctx.viewer);
  const studentId = requireUuid(input.studentId, 'studentId');
  const { key, assignment } = await journalKeyOf(
    ctx.em,
    requireUuid(input.assignmentId, 'assignmentId'),
  );
  if (!canReadStudentMarks(viewer, assignment.schoolId, studentId, await ctx.childIds())) {
    throw forbidden('Нет доступа к отметкам этого ученика.');
  }
  const period = await requirePeriod(ctx.em, input.periodId);
  if (
    input.target != null &&
    (!Number.isInteger(input.target) || input.target < 2 || input.target > 5)
  ) {
    throw badInput('Желаемая итоговая — от 2 до 5.', { field: 'target' });
  }
  const school = await requireSchool(ctx.em, assignment.schoolId);
  const today = localDate(ctx.deps.now(), school.timeZone);
  const [{ lessons, hoursPerWeek }, own, settings] = await Promise.all([
    periodLessons(ctx.em, assignment, period),
    periodMarks(ctx.em, key, period, studentId),
    loadGradingSettings(ctx.em, assignment.schoolId),
  ]);
  const marks = weighted(own);
  const remaining = lessons.filter((l) => l.date > today).length;
  return {
    ...forecast(marks, hoursPerWeek, remaining, settings.policy),
    remainingLessons: remaining,
    target: input.target ?? null,
    marksToReach: input.target != null ? marksToReach(input.target, marks, 1) : null,
  };
}
