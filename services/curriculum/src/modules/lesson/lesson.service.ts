import type { EntityManager } from '@mikro-orm/postgresql';
import { v7 as uuidv7 } from 'uuid';
import { hasRole, isPerson } from '@dnevnik/auth';
import { stageEvent } from '@dnevnik/events';
import {
  AppError,
  badInput,
  forbidden,
  notFound,
  requireDate,
  requireText,
  requireUuid,
} from '@dnevnik/errors';
import { eventContext, type CurriculumContext } from '../../context.js';
import {
  canGrantSubstitution,
  canReadLesson,
  canRecordLesson,
  isSchoolStaff,
  canManageStructure,
} from '../../curriculum.access.js';
import { CurriculumEvents, WORK_TYPES, type WorkType } from '@dnevnik/contracts';
import { addDays } from '../calendar/calendar.rules.js';
import { prepareHomework, saveLessonHomework, type HomeworkInput } from './homework.service.js';
import {
  MATERIAL_MAX,
  mergeLessonRecord,
  recordTiming,
  topicChoice,
} from './lesson-record.rules.js';
import { transferWindowFor } from '@dnevnik/school-facts';
import { audit, inTransaction, viewerOf } from '../shared.js';
import { Period, School } from '../structure/structure.entities.js';
import { requireYear } from '../structure/structure.service.js';
import { lessonEventData, lessonOf } from '../teaching/teaching.service.js';
import { PlanTopic, Plan, TeachingAssignment } from '../teaching/teaching.entities.js';
import { Lesson, Substitution, type Homework } from './lesson.entities.js';

async function requireLesson(em: EntityManager, id: string): Promise<Lesson> {
  const lesson = await em.findOne(Lesson, { id: requireUuid(id, 'lessonId') });
  if (!lesson) throw notFound('Урок');
  return lesson;
}

export type { HomeworkInput } from './homework.service.js';

/**
 * S7: what happened in a lesson — topic (from the plan or free text), material, the work type
 * graded, homework — by its teacher or the granted substitute, on the lesson day. After 20:00
 * local time the record is accepted and marked late; inside an open temporary-journal transfer
 * window (G4) it is marked transferred.
 *
 * A save changes only what it carries: a field left out keeps its value, an explicit null clears
 * it (material, work type; the topic can be replaced, not cleared). The timing is that of the
 * latest save that entered the topic. Homework the lesson already has is not added again.
 */
export async function recordLesson(
  ctx: CurriculumContext,
  input: {
    lessonId: string;
    topicId?: string | null;
    topicTitle?: string | null;
    material?: string | null;
    workType?: string | null;
    homework?: HomeworkInput[] | null;
  },
): Promise<Lesson> {
  const viewer = viewerOf(ctx);
  if (input.workType && !WORK_TYPES.includes(input.workType as WorkType)) {
    throw badInput(`Вид работы: ${WORK_TYPES.join(', ')}.`, { field: 'workType' });
  }
  if (input.material && input.material.trim().length > MATERIAL_MAX)
    throw badInput(`Пройденный материал — до ${MATERIAL_MAX} символов.`, { field: 'material' });
  const choice = topicChoice(input);
  if (choice.kind === 'missing')
    throw badInput('Тему урока нельзя стереть: укажите тему из плана или своими словами.', {
      field: 'topicTitle',
    });
  if (choice.kind === 'own' && choice.title.length > 500)
    throw badInput('Тема — до 500 символов.', { field: 'topicTitle' });
  const homework = await prepareHomework(ctx, input.homework ?? []);

  return inTransaction(ctx, async (tx) => {
    const lesson = await requireLesson(tx, input.lessonId);
    const substitutes = (await tx.find(Substitution, { lessonId: lesson.id })).map(
      (s) => s.substituteId,
    );
    if (!canRecordLesson(viewer, lesson, substitutes)) {
      throw forbidden(
        'Записывать урок может его учитель или назначенный на этот урок заменяющий учитель.',
      );
    }
    if (lesson.status === 'cancelled') throw badInput('Урок отменён: записывать в него нечего.');
    const role = substitutes.includes(viewer.personId) ? 'substitute' : 'subject_teacher';
    const school = await tx.findOneOrFail(School, { id: lesson.schoolId });
    const now = ctx.deps.now();
    const timing = recordTiming({
      lessonDate: lesson.date,
      recordedAt: now,
      timeZone: school.timeZone,
      transferWindow: await transferWindowFor(tx, lesson.schoolId, lesson.date, school.timeZone),
    });
    if (timing.status === 'early')
      throw new AppError(
        'DEADLINE_PASSED',
        'Урок ещё не начался: записать его можно в день урока.',
      );

    let topic: { topicId: string | null; topicTitle: string } | undefined;
    if (choice.kind === 'plan') {
      const found = await tx.findOne(PlanTopic, { id: requireUuid(choice.topicId, 'topicId') });
      const plan = found
        ? await tx.findOne(Plan, { id: found.planId, assignmentId: lesson.assignmentId })
        : null;
      if (!found || !plan)
        throw badInput('Тема не из плана этого предмета и класса.', { field: 'topicId' });
      topic = { topicId: found.id, topicTitle: found.title };
    } else if (choice.kind === 'own') {
      topic = { topicId: null, topicTitle: choice.title };
    } else if (!lesson.topicTitle) {
      throw badInput('Укажите тему урока: из плана или своими словами.', { field: 'topicTitle' });
    }

    const before = {
      topicId: lesson.topicId,
      topicTitle: lesson.topicTitle,
      material: lesson.material,
      workType: lesson.workType,
      status: lesson.status,
      recordStatus: lesson.recordStatus,
    };
    const { next, changed } = mergeLessonRecord(
      {
        topicId: lesson.topicId,
        topicTitle: lesson.topicTitle,
        material: lesson.material,
        workType: lesson.workType,
      },
      {
        ...(topic ? { topic } : {}),
        ...(input.material === undefined ? {} : { material: input.material }),
        ...(input.workType === undefined ? {} : { workType: input.workType }),
      },
    );
    Object.assign(lesson, next);
    // The timing belongs to the topic: a later save of material or homework alone keeps it.
    if (topic || lesson.status !== 'conducted') {
      Object.assign(lesson, {
        status: 'conducted',
        conductedBy: viewer.personId,
        recordedAt: now,
        recordStatus: timing.status,
      });
    }
    const lessonChanged =
      changed.length > 0 ||
      before.status !== lesson.status ||
      before.recordStatus !== lesson.recordStatus;
    if (lessonChanged) {
      stageEvent(tx, CurriculumEvents.lessonConducted, {
        aggregateId: lesson.id,
        schoolId: lesson.schoolId,
        data: lessonEventData(lesson),
        context: eventContext(ctx, 'subject_teacher'),
      });
      await audit(tx, ctx, {
        schoolId: lesson.schoolId,
        role,
        action: 'lesson.recorded',
        entityType: 'lesson',
        entityId: lesson.id,
        before,
        after: {
          topicId: lesson.topicId,
          topicTitle: lesson.topicTitle,
          material: lesson.material,
          workType: lesson.workType,
          status: lesson.status,
          recordStatus: lesson.recordStatus,
        },
      });
    }
    await saveLessonHomework(tx, ctx, lesson, homework, role);
    return lesson;
  });
}

/** A6: the deputy director grants a substitute teacher specific lessons. */
export async function grantSubstitution(
  ctx: CurriculumContext,
  input: { lessonIds: string[]; substituteId: string; reason: string },
): Promise<Substitution[]> {
  const substituteId = requireUuid(input.substituteId, 'substituteId');
  const reason = requireText(input.reason, 'reason', 500, 3);
  if (input.lessonIds.length === 0 || input.lessonIds.length > 200)
    throw badInput('Укажите от 1 до 200 уроков.');
  return inTransaction(ctx, async (tx) => {
    const lessons = await tx.find(Lesson, {
      id: { $in: input.lessonIds.map((id) => requireUuid(id, 'lessonIds')) },
    });
    if (lessons.length !== new Set(input.lessonIds).size) throw notFound('Урок');
    const viewer = viewerOf(ctx);
    const out: Substitution[] = [];
    for (const lesson of lessons) {
      if (!canGrantSubstitution(viewer, lesson.schoolId))
        throw forbidden('Замену назначает заместитель директора.');
      if (lesson.teacherId === substituteId) throw badInput('Учитель не может заменять сам себя.');
      const existing = await tx.findOne(Substitution, { lessonId: lesson.id, substituteId });
      if (existing) {
        out.push(existing);
        continue;
      }
      const s = Object.assign(new Substitution(), {
        id: uuidv7(),
        lessonId: lesson.id,
        substituteId,
        grantedBy: viewer.personId,
        reason,
      });
      tx.persist(s);
      out.push(s);
      stageEvent(tx, CurriculumEvents.substitutionGranted, {
        aggregateId: lesson.id,
        schoolId: lesson.schoolId,
        data: {
          substitutionId: s.id,
          lessonId: lesson.id,
          schoolId: lesson.schoolId,
          substituteId,
        },
        context: eventContext(ctx, 'deputy_director'),
      });
      await audit(tx, ctx, {
        schoolId: lesson.schoolId,
        role: 'deputy_director',
        action: 'substitution.granted',
        entityType: 'lesson',
        entityId: lesson.id,
        before: null,
        after: { substituteId, reason },
      });
    }
    return out;
  });
}

/** S5: a one-off change of a lesson — cancelled, or moved to another date or lesson number. */
export async function changeLesson(
  ctx: CurriculumContext,
  input: {
    lessonId: string;
    cancel?: boolean | null;
    date?: string | null;
    lessonNumber?: number | null;
    room?: string | null;
    reason: string;
  },
): Promise<Lesson> {
  const reason = requireText(input.reason, 'reason', 500, 3);
  if (input.date) requireDate(input.date, 'date');
  return inTransaction(ctx, async (tx) => {
    const lesson = await requireLesson(tx, input.lessonId);
    if (!canManageStructure(viewerOf(ctx), lesson.schoolId))
      throw forbidden('Изменения расписания вносит администратор школы.');
    if (lesson.status === 'conducted')
      throw badInput('Проведённый урок нельзя перенести или отменить: он уже в журнале.');
    const before = {
      status: lesson.status,
      date: lesson.date,
      lessonNumber: lesson.lessonNumber,
      room: lesson.room,
    };
    if (input.cancel) {
      lesson.status = 'cancelled';
    } else {
      if (input.date) lesson.date = input.date;
      if (input.lessonNumber != null) lesson.lessonNumber = input.lessonNumber;
      if (input.room !== undefined) lesson.room = input.room?.trim() || null;
    }
    lesson.changeReason = reason;
    const contract = input.cancel
      ? CurriculumEvents.lessonCancelled
      : CurriculumEvents.lessonChanged;
    stageEvent(tx, contract, {
      aggregateId: lesson.id,
      schoolId: lesson.schoolId,
      data: lessonEventData(lesson),
      context: eventContext(ctx, 'school_admin'),
    });
    await audit(tx, ctx, {
      schoolId: lesson.schoolId,
      role: 'school_admin',
      action: input.cancel ? 'lesson.cancelled' : 'lesson.moved',
      entityType: 'lesson',
      entityId: lesson.id,
      before,
      after: {
        status: lesson.status,
        date: lesson.date,
        lessonNumber: lesson.lessonNumber,
        room: lesson.room,
        reason,
      },
    });
    return lesson;
  });
}

export async function addExtraLesson(
  ctx: CurriculumContext,
  input: {
    assignmentId: string;
    date: string;
    lessonNumber: number;
    room?: string | null;
    reason: string;
  },
): Promise<Lesson> {
  requireDate(input.date, 'date');
  const reason = requireText(input.reason, 'reason', 500, 3);
  return inTransaction(ctx, async (tx) => {
    const a = await tx.findOne(TeachingAssignment, {
      id: requireUuid(input.assignmentId, 'assignmentId'),
    });
    if (!a) throw notFound('Нагрузка учителя');
    if (!canManageStructure(viewerOf(ctx), a.schoolId))
      throw forbidden('Изменения расписания вносит администратор школы.');
    const lesson = lessonOf(a, {
      date: input.date,
      lessonNumber: input.lessonNumber,
      room: input.room?.trim() || null,
      source: 'extra',
      changeReason: reason,
    });
    tx.persist(lesson);
    stageEvent(tx, CurriculumEvents.lessonScheduled, {
      aggregateId: lesson.id,
      schoolId: a.schoolId,
      data: lessonEventData(lesson),
      context: eventContext(ctx, 'school_admin'),
    });
    await audit(tx, ctx, {
      schoolId: a.schoolId,
      role: 'school_admin',
      action: 'lesson.added',
      entityType: 'lesson',
      entityId: lesson.id,
      before: null,
      after: { date: lesson.date, lessonNumber: lesson.lessonNumber, reason },
    });
    return lesson;
  });
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
  if (isSchoolStaff(ctx.viewer, lesson.schoolId)) return all;
  const audience = await ctx.audience();
  const own = new Set(audience.map((a) => a.studentId));
  return all.filter((h) => h.studentId === null || own.has(h.studentId));
}
