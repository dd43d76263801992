import type { EntityManager } from '@mikro-orm/postgresql';
import { hasRole, isPerson } from '@dnevnik/auth';
import { badInput, forbidden, notFound, requireDate, requireUuid } from '@dnevnik/errors';
import type { CurriculumContext } from '../../context.js';
import { addDays } from '../calendar/index.js';
import {
  canReadLesson,
  canReadSchoolRecords,
  isSchoolStaff,
  readerOf,
  viewerOf,
} from '../school-access/index.js';
import { Period, requireYear } from '../years/index.js';
import { Lesson, Substitution, type Homework } from './lesson.entities.js';

export async function requireLesson(em: EntityManager, id: string): Promise<Lesson> {
  const lesson = await em.findOne(Lesson, { id: requireUuid(id, 'lessonId') });
  if (!lesson) throw notFound('Урок');
  return lesson;
}

/** The substitutes granted this lesson (A6). */
export async function substitutesOf(em: EntityManager, lessonId: string): Promise<string[]> {
  return (await em.find(Substitution, { lessonId })).map((s) => s.substituteId);
}

/** A lesson the viewer may read (A7, A8); the same check for root fields and _entities. */
export async function readableLesson(ctx: CurriculumContext, id: string): Promise<Lesson> {
  const lesson = await ctx.loaders.lesson.load(requireUuid(id, 'id'));
  if (!lesson) throw notFound('Урок');
  if (!canReadLesson(readerOf(ctx, lesson.schoolId), lesson, await ctx.audience()))
    throw forbidden('Нет доступа к этому уроку.');
  return lesson;
}

function checkRange(from: string, to: string) {
  requireDate(from, 'from');
  requireDate(to, 'to');
  if (to < from || to > addDays(from, 200))
    throw badInput('Период — от 1 дня до 200 дней, конец не раньше начала.');
}

/**
 * The viewer's timetable: a teacher's own and substituted lessons; a student's or parent's
 * lessons of the classes and groups they (or their children) belong to. Staff of the school who
 * do not teach see nothing here — they read class timetables instead.
 */
export async function myTimetable(
  ctx: CurriculumContext,
  from: string,
  to: string,
): Promise<Lesson[]> {
  checkRange(from, to);
  const viewer = viewerOf(ctx);
  const audience = await ctx.audience();
  const substituted = (await ctx.em.find(Substitution, { substituteId: viewer.personId })).map(
    (s) => s.lessonId,
  );
  const classIds = [...new Set(audience.filter((a) => a.kind === 'class').map((a) => a.id))];
  const groupIds = [...new Set(audience.filter((a) => a.kind === 'group').map((a) => a.id))];
  const lessons = await ctx.em.find(
    Lesson,
    {
      date: { $gte: from, $lte: to },
      $or: [
        { teacherId: viewer.personId },
        { id: { $in: substituted } },
        { classId: { $in: classIds } },
        { groupId: { $in: groupIds } },
      ],
    },
    { orderBy: { date: 'asc', lessonNumber: 'asc' } },
  );
  return lessons.filter(
    (l) =>
      l.teacherId === viewer.personId ||
      substituted.includes(l.id) ||
      canReadLesson(viewer, l, audience),
  );
}

/** Lessons of a class or group in a date range, for staff and for its own students and parents. */
export async function classTimetable(
  ctx: CurriculumContext,
  input: {
    classId?: string | null;
    groupId?: string | null;
    subjectId?: string | null;
    from: string;
    to: string;
  },
): Promise<Lesson[]> {
  checkRange(input.from, input.to);
  if (!input.classId === !input.groupId) throw badInput('Укажите либо класс, либо группу.');
  const where = {
    ...(input.classId
      ? { classId: requireUuid(input.classId, 'classId') }
      : { groupId: requireUuid(input.groupId!, 'groupId') }),
    ...(input.subjectId ? { subjectId: requireUuid(input.subjectId, 'subjectId') } : {}),
    date: { $gte: input.from, $lte: input.to },
  };
  const lessons = await ctx.em.find(Lesson, where, {
    orderBy: { date: 'asc', lessonNumber: 'asc' },
  });
  const audience = await ctx.audience();
  const viewer = viewerOf(ctx);
  const visible = lessons.filter((l) => canReadLesson(viewer, l, audience));
  if (lessons.length > 0 && visible.length === 0)
    throw forbidden('Нет доступа к расписанию этого класса.');
  return visible;
}

/** The header of a journal page: a class's (or group's) lessons of a subject in a period. */
export async function journalHeader(
  ctx: CurriculumContext,
  input: { classId?: string | null; groupId?: string | null; subjectId: string; periodId: string },
): Promise<{ period: Period; lessons: Lesson[] }> {
  const period = await ctx.em.findOne(Period, { id: requireUuid(input.periodId, 'periodId') });
  if (!period) throw notFound('Период');
  const year = await requireYear(ctx.em, period.yearId);
  if (
    !isPerson(ctx.viewer) ||
    !(
      isSchoolStaff(ctx.viewer, year.schoolId) ||
      hasRole(ctx.viewer, ['student', 'parent'], year.schoolId)
    )
  ) {
    throw forbidden();
  }
  const lessons = await classTimetable(ctx, {
    classId: input.classId ?? null,
    groupId: input.groupId ?? null,
    subjectId: input.subjectId,
    from: period.startsOn,
    to: period.endsOn,
  });
  return { period, lessons: lessons.filter((l) => l.status !== 'cancelled') };
}

/** Homework of a lesson the viewer may see: individual tasks only for their student's side. */
export async function visibleHomework(ctx: CurriculumContext, lesson: Lesson): Promise<Homework[]> {
  const all = await ctx.loaders.homeworkByLesson.load(lesson.id);
  if (canReadSchoolRecords(ctx.viewer, lesson.schoolId)) return all;
  const audience = await ctx.audience();
  const own = new Set(audience.map((a) => a.studentId));
  return all.filter((h) => h.studentId === null || own.has(h.studentId));
}
