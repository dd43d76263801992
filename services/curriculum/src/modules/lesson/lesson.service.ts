import type { EntityManager } from '@mikro-orm/postgresql';
import { v7 as uuidv7 } from 'uuid';
import { hasRole, isPerson } from '@dnevnik/auth';
import { stageEvent } from '@dnevnik/events';
import { decodeAttachments, type AttachmentInput } from '@dnevnik/files';
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
import { recordTiming } from './lesson-record.rules.js';
import { audit, inTransaction, viewerOf } from '../shared.js';
import { Period, School } from '../structure/structure.entities.js';
import { requireYear } from '../structure/structure.service.js';
import { lessonEventData, lessonOf } from '../teaching/teaching.service.js';
import { PlanTopic, Plan, TeachingAssignment } from '../teaching/teaching.entities.js';
import { Homework, HomeworkAttachment, Lesson, Substitution } from './lesson.entities.js';

async function requireLesson(em: EntityManager, id: string): Promise<Lesson> {
  const lesson = await em.findOne(Lesson, { id: requireUuid(id, 'lessonId') });
  if (!lesson) throw notFound('Урок');
  return lesson;
}

export interface HomeworkInput {
  text: string;
  dueOn?: string | null;
  /** Individual homework for one student; general when absent. */
  studentId?: string | null;
  attachments?: AttachmentInput[] | null;
}

/**
 * S7: what happened in a lesson — topic (from the plan or free text), material, the work type
 * graded, homework — by its teacher or the granted substitute, on the lesson day. After 20:00
 * local time the record is accepted and marked late.
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
  const homework = (input.homework ?? []).map((h, i) => ({
    text: requireText(h.text, `homework[${i}].text`, 4000),
    dueOn: h.dueOn ? requireDate(h.dueOn, `homework[${i}].dueOn`) : null,
    studentId: h.studentId ? requireUuid(h.studentId, `homework[${i}].studentId`) : null,
    attachments: decodeAttachments(h.attachments),
  }));
  // Files go to the store first: content-addressed, so a failed transaction leaves only an orphan.
  const stored = await Promise.all(
    homework.map((h) => Promise.all(h.attachments.map((f) => ctx.deps.files.put(f.content)))),
  );

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
    const school = await tx.findOneOrFail(School, { id: lesson.schoolId });
    const timing = recordTiming({
      lessonDate: lesson.date,
      recordedAt: ctx.deps.now(),
      timeZone: school.timeZone,
      transferWindow: null,
    });
    if (timing.status === 'early')
      throw new AppError(
        'DEADLINE_PASSED',
        'Урок ещё не начался: записать его можно в день урока.',
      );

    let topicTitle = input.topicTitle?.trim() || null;
    if (input.topicId) {
      const topic = await tx.findOne(PlanTopic, { id: requireUuid(input.topicId, 'topicId') });
      const plan = topic
        ? await tx.findOne(Plan, { id: topic.planId, assignmentId: lesson.assignmentId })
        : null;
      if (!topic || !plan)
        throw badInput('Тема не из плана этого предмета и класса.', { field: 'topicId' });
      topicTitle = topic.title;
    }
    if (!topicTitle)
      throw badInput('Укажите тему урока: из плана или своими словами.', { field: 'topicTitle' });
    if (topicTitle.length > 500) throw badInput('Тема — до 500 символов.', { field: 'topicTitle' });

    const before = {
      topicTitle: lesson.topicTitle,
      material: lesson.material,
      workType: lesson.workType,
      status: lesson.status,
    };
    Object.assign(lesson, {
      topicId: input.topicId ?? null,
      topicTitle,
      material: input.material?.trim().slice(0, 4000) || null,
      workType: input.workType ?? null,
      status: 'conducted',
      conductedBy: viewer.personId,
      recordedAt: ctx.deps.now(),
      recordStatus: timing.status,
    });
    stageEvent(tx, CurriculumEvents.lessonConducted, {
      aggregateId: lesson.id,
      schoolId: lesson.schoolId,
      data: lessonEventData(lesson),
      context: eventContext(ctx, 'subject_teacher'),
    });

    for (const [i, h] of homework.entries()) {
      const hw = Object.assign(new Homework(), {
        id: uuidv7(),
        lessonId: lesson.id,
        studentId: h.studentId,
        text: h.text,
        dueOn: h.dueOn,
        createdBy: viewer.personId,
      });
      tx.persist(hw);
      h.attachments.forEach((f, j) =>
        tx.persist(
          Object.assign(new HomeworkAttachment(), {
            id: uuidv7(),
            homeworkId: hw.id,
            fileKey: stored[i]![j]!,
            fileName: f.fileName,
            contentType: f.contentType,
            size: f.content.length,
          }),
        ),
      );
      stageEvent(tx, CurriculumEvents.homeworkAssigned, {
        aggregateId: lesson.id,
        schoolId: lesson.schoolId,
        data: {
          homeworkId: hw.id,
          lessonId: lesson.id,
          schoolId: lesson.schoolId,
          classId: lesson.classId,
          groupId: lesson.groupId,
          subjectId: lesson.subjectId,
          studentId: hw.studentId,
          dueOn: hw.dueOn,
        },
        context: eventContext(ctx, 'subject_teacher'),
      });
    }
    await audit(tx, ctx, {
      schoolId: lesson.schoolId,
      role: substitutes.includes(viewer.personId) ? 'substitute' : 'subject_teacher',
      action: 'lesson.recorded',
      entityType: 'lesson',
      entityId: lesson.id,
      before,
      after: {
        topicTitle,
        material: lesson.material,
        workType: lesson.workType,
        recordStatus: timing.status,
        homework: homework.length,
      },
    });
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
