import type { EntityManager } from '@mikro-orm/postgresql';
import ExcelJS from 'exceljs';
import { v7 as uuidv7 } from 'uuid';
import { stageEvent } from '@dnevnik/events';
import { AppError, badInput, forbidden, notFound, requireDate, requireUuid } from '@dnevnik/errors';
import { eventContext, type CurriculumContext } from '../../context.js';
import { canManageStructure, canWritePlan, isSchoolStaff } from '../../curriculum.access.js';
import { CurriculumEvents, type LessonEventData } from '@dnevnik/contracts';
import { localDateTime } from '../calendar/calendar.rules.js';
import { Lesson } from '../lesson/lesson.entities.js';
import {
  isPlanLate,
  parsePlanCsv,
  parsePlanRows,
  validatePlan,
  type PlanTopicInput,
} from '../plan/plan.rules.js';
import { audit, inTransaction, viewerOf } from '../shared.js';
import {
  Period,
  SchoolClass,
  School,
  StudyGroup,
  Subject,
} from '../structure/structure.entities.js';
import { requireYear } from '../structure/structure.service.js';
import { detectSlotClashes, generateLessons } from '../timetable/lesson-generation.rules.js';
import {
  CurriculumItem,
  Plan,
  PlanTopic,
  TeachingAssignment,
  TimetableSlot,
} from './teaching.entities.js';

export function lessonEventData(l: Lesson): LessonEventData {
  return {
    lessonId: l.id,
    assignmentId: l.assignmentId,
    schoolId: l.schoolId,
    classId: l.classId,
    groupId: l.groupId,
    subjectId: l.subjectId,
    teacherId: l.teacherId,
    date: l.date,
    lessonNumber: l.lessonNumber,
    status: l.status,
    topicTitle: l.topicTitle,
    workType: l.workType,
    conductedBy: l.conductedBy,
  };
}

/** A lesson of an assignment: class, group, subject and teacher are copied from it. */
export function lessonOf(
  a: TeachingAssignment,
  fields: Pick<Lesson, 'date' | 'lessonNumber' | 'room' | 'source'> &
    Partial<Pick<Lesson, 'slotId' | 'changeReason'>>,
): Lesson {
  return Object.assign(new Lesson(), {
    id: uuidv7(),
    schoolId: a.schoolId,
    assignmentId: a.id,
    classId: a.classId,
    groupId: a.groupId,
    subjectId: a.subjectId,
    teacherId: a.teacherId,
    ...fields,
  });
}

async function requireAssignment(em: EntityManager, id: string): Promise<TeachingAssignment> {
  const a = await em.findOne(TeachingAssignment, { id: requireUuid(id, 'assignmentId') });
  if (!a) throw notFound('Нагрузка учителя');
  return a;
}

/** S5: who teaches what to whom, from a date. */
export async function assignTeacher(
  ctx: CurriculumContext,
  input: {
    yearId: string;
    teacherId: string;
    subjectId: string;
    classId?: string | null;
    groupId?: string | null;
    startsOn: string;
  },
): Promise<TeachingAssignment> {
  requireUuid(input.teacherId, 'teacherId');
  requireDate(input.startsOn, 'startsOn');
  if (!input.classId === !input.groupId) throw badInput('Укажите либо класс, либо группу.');
  return inTransaction(ctx, async (tx) => {
    const year = await requireYear(tx, input.yearId);
    if (!canManageStructure(viewerOf(ctx), year.schoolId))
      throw forbidden('Нагрузку распределяет администратор школы.');
    const subject = await tx.findOne(Subject, {
      id: requireUuid(input.subjectId, 'subjectId'),
      schoolId: year.schoolId,
    });
    if (!subject) throw notFound('Предмет');
    if (
      input.classId &&
      !(await tx.findOne(SchoolClass, {
        id: requireUuid(input.classId, 'classId'),
        yearId: year.id,
      }))
    )
      throw notFound('Класс');
    if (
      input.groupId &&
      !(await tx.findOne(StudyGroup, {
        id: requireUuid(input.groupId, 'groupId'),
        yearId: year.id,
      }))
    )
      throw notFound('Группа');
    const a = Object.assign(new TeachingAssignment(), {
      id: uuidv7(),
      schoolId: year.schoolId,
      yearId: year.id,
      teacherId: input.teacherId,
      subjectId: subject.id,
      classId: input.classId ?? null,
      groupId: input.groupId ?? null,
      startsOn: input.startsOn,
    });
    tx.persist(a);
    stageEvent(tx, CurriculumEvents.assignmentChanged, {
      aggregateId: a.id,
      schoolId: a.schoolId,
      data: {
        assignmentId: a.id,
        schoolId: a.schoolId,
        yearId: a.yearId,
        teacherId: a.teacherId,
        subjectId: a.subjectId,
        classId: a.classId,
        groupId: a.groupId,
        startsOn: a.startsOn,
        endsOn: null,
      },
      context: eventContext(ctx, 'school_admin'),
    });
    await audit(tx, ctx, {
      schoolId: a.schoolId,
      role: 'school_admin',
      action: 'assignment.created',
      entityType: 'teaching_assignment',
      entityId: a.id,
      before: null,
      after: a,
    });
    return a;
  });
}

/**
 * S5: a timetable line from a date. If the assignment already has a line on that weekday and
 * lesson number, it is closed the day before: a correction changes the timetable from its date.
 */
export async function setTimetableSlot(
  ctx: CurriculumContext,
  input: {
    assignmentId: string;
    weekday: number;
    lessonNumber: number;
    room?: string | null;
    validFrom: string;
    replacesSlotId?: string | null;
  },
): Promise<TimetableSlot> {
  requireDate(input.validFrom, 'validFrom');
  if (!Number.isInteger(input.weekday) || input.weekday < 1 || input.weekday > 7)
    throw badInput('День недели — от 1 (пн) до 7 (вс).', { field: 'weekday' });
  if (!Number.isInteger(input.lessonNumber) || input.lessonNumber < 0 || input.lessonNumber > 12)
    throw badInput('Номер урока — от 0 до 12.', { field: 'lessonNumber' });
  const room = input.room?.trim() ? input.room.trim().slice(0, 20) : null;
  return inTransaction(ctx, async (tx) => {
    const assignment = await requireAssignment(tx, input.assignmentId);
    if (!canManageStructure(viewerOf(ctx), assignment.schoolId))
      throw forbidden('Расписание составляет администратор школы.');
    if (input.replacesSlotId) {
      const old = await tx.findOne(TimetableSlot, {
        id: requireUuid(input.replacesSlotId, 'replacesSlotId'),
        assignmentId: assignment.id,
      });
      if (!old) throw notFound('Строка расписания');
      if (old.validFrom >= input.validFrom)
        throw badInput('Исправление действует с даты после начала исходной строки.');
      old.validTo = input.validFrom;
    }
    const slot = Object.assign(new TimetableSlot(), {
      id: uuidv7(),
      assignmentId: assignment.id,
      weekday: input.weekday,
      lessonNumber: input.lessonNumber,
      room,
      validFrom: input.validFrom,
    });
    // The new line must not clash with the rest of the school's timetable.
    const assignments = await tx.find(TeachingAssignment, {
      schoolId: assignment.schoolId,
      yearId: assignment.yearId,
    });
    const slots = await tx.find(TimetableSlot, {
      assignmentId: { $in: assignments.map((a) => a.id) },
    });
    const others = slots.filter((s) => s.id !== input.replacesSlotId);
    const owners = new Map(
      assignments.map((a) => [
        a.id,
        { teacherId: a.teacherId, classId: a.classId, groupId: a.groupId },
      ]),
    );
    const clashes = detectSlotClashes([...others, slot], owners);
    if (clashes.length > 0) throw new AppError('CONFLICT', clashes.join(' '), { clashes });
    tx.persist(slot);
    await audit(tx, ctx, {
      schoolId: assignment.schoolId,
      role: 'school_admin',
      action: 'timetable.slot_set',
      entityType: 'timetable_slot',
      entityId: slot.id,
      before: input.replacesSlotId ? { replaces: input.replacesSlotId } : null,
      after: slot,
    });
    return slot;
  });
}

/**
 * S5: lessons generated from the timetable over a date range (by default the whole year),
 * skipping holidays. Generation is idempotent; lessons of a closed timetable line after its end
 * that were never conducted are cancelled with the reason.
 */
export async function generateYearLessons(
  ctx: CurriculumContext,
  input: { yearId: string; from?: string | null; to?: string | null },
): Promise<{ created: number; cancelled: number }> {
  return inTransaction(ctx, async (tx) => {
    const year = await requireYear(tx, input.yearId);
    if (!canManageStructure(viewerOf(ctx), year.schoolId))
      throw forbidden('Уроки по расписанию создаёт администратор школы.');
    const from = input.from ? requireDate(input.from, 'from') : year.startsOn;
    const to = input.to ? requireDate(input.to, 'to') : year.endsOn;
    return generateLessonsInTx(tx, ctx, year.id, from, to);
  });
}

export async function generateLessonsInTx(
  tx: EntityManager,
  ctx: CurriculumContext,
  yearId: string,
  from: string,
  to: string,
) {
  const year = await requireYear(tx, yearId);
  const school = await tx.findOneOrFail(School, { id: year.schoolId });
  const periods = await tx.find(Period, { yearId: year.id });
  const assignments = await tx.find(TeachingAssignment, { yearId: year.id });
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
    stageEvent(tx, CurriculumEvents.lessonScheduled, {
      aggregateId: lesson.id,
      schoolId: a.schoolId,
      data: lessonEventData(lesson),
      context: eventContext(ctx, 'school_admin'),
    });
    created++;
  }
  // Lessons left behind by a corrected timetable line are cancelled, never deleted (G1).
  const plannedKeys = new Set(planned.map((g) => `${g.timetableSlotId}|${g.date}`));
  let cancelled = 0;
  for (const l of existing) {
    if (l.status === 'scheduled' && !plannedKeys.has(`${l.slotId}|${l.date}`)) {
      l.status = 'cancelled';
      l.changeReason = 'Изменение расписания';
      stageEvent(tx, CurriculumEvents.lessonCancelled, {
        aggregateId: l.id,
        schoolId: l.schoolId,
        data: lessonEventData(l),
        context: eventContext(ctx, 'school_admin'),
      });
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
    after: { from, to, created, cancelled },
  });
  return { created, cancelled };
}

/** The curriculum hours an assignment's plan must match (S6). */
async function curriculumHoursFor(em: EntityManager, a: TeachingAssignment): Promise<number> {
  let classId = a.classId;
  if (!classId && a.groupId)
    classId = (await em.findOne(StudyGroup, { id: a.groupId }))?.classId ?? null;
  if (!classId)
    throw badInput(
      'Для межклассной группы часы задаются индивидуальным учебным планом; укажите класс группы.',
    );
  const cls = await em.findOneOrFail(SchoolClass, { id: classId });
  const item = await em.findOne(CurriculumItem, {
    yearId: a.yearId,
    grade: cls.grade,
    subjectId: a.subjectId,
  });
  if (!item)
    throw badInput(
      `В учебном плане ${cls.grade}-х классов нет этого предмета: сначала задайте часы.`,
    );
  return item.hoursPerYear;
}

/**
 * S6: a new version of the calendar-thematic plan. Total hours must equal the curriculum's;
 * the difference is named. Plans submitted after 1 September are accepted and marked late.
 */
export async function submitPlan(
  ctx: CurriculumContext,
  input: { assignmentId: string; topics: PlanTopicInput[] },
): Promise<Plan> {
  return inTransaction(ctx, async (tx) => {
    const a = await requireAssignment(tx, input.assignmentId);
    const viewer = viewerOf(ctx);
    if (!canWritePlan(viewer, a))
      throw forbidden('План составляет учитель, который ведёт этот предмет в этом классе.');
    const hours = await curriculumHoursFor(tx, a);
    const verdict = validatePlan(input.topics, hours);
    if (!verdict.ok)
      throw badInput(verdict.problems.join(' '), {
        problems: verdict.problems,
        difference: verdict.difference,
      });
    const school = await tx.findOneOrFail(School, { id: a.schoolId });
    const year = await requireYear(tx, a.yearId);
    const previous = await tx.findOne(
      Plan,
      { assignmentId: a.id },
      { orderBy: { version: 'desc' } },
    );
    const plan = Object.assign(new Plan(), {
      id: uuidv7(),
      assignmentId: a.id,
      version: (previous?.version ?? 0) + 1,
      totalHours: hours,
      submittedBy: viewer.personId,
      late: isPlanLate(localDateTime(ctx.deps.now(), school.timeZone).date, year.startsOn),
    });
    tx.persist(plan);
    input.topics.forEach((t, i) =>
      tx.persist(
        Object.assign(new PlanTopic(), {
          id: uuidv7(),
          planId: plan.id,
          position: i + 1,
          title: t.title.trim(),
          hours: t.hours,
          kind: t.kind,
        }),
      ),
    );
    await audit(tx, ctx, {
      schoolId: a.schoolId,
      role: 'subject_teacher',
      action: previous ? 'plan.revised' : 'plan.submitted',
      entityType: 'plan',
      entityId: plan.id,
      before: previous ? { version: previous.version } : null,
      after: { version: plan.version, topics: input.topics.length, hours, late: plan.late },
    });
    return plan;
  });
}

export interface ImportResult {
  plan: Plan | null;
  errors: { row: number; message: string }[];
}

const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

/** S6: a plan from a CSV or XLSX file; every bad row is reported, nothing is saved until all pass. */
export async function importPlan(
  ctx: CurriculumContext,
  input: { assignmentId: string; format: 'csv' | 'xlsx'; contentBase64: string },
): Promise<ImportResult> {
  const bytes = Buffer.from(input.contentBase64, 'base64');
  if (bytes.length === 0) throw badInput('Файл пуст.');
  if (bytes.length > MAX_IMPORT_BYTES) throw badInput('Файл больше 2 МБ.');
  let parsed: ReturnType<typeof parsePlanCsv>;
  if (input.format === 'csv') {
    parsed = parsePlanCsv(bytes.toString('utf8'));
  } else {
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    } catch {
      throw badInput('Не удалось прочитать файл XLSX.');
    }
    const sheet = workbook.worksheets[0];
    if (!sheet) throw badInput('В файле нет листов.');
    const rows: unknown[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row) => {
      const values = row.values as unknown[];
      rows.push(
        values
          .slice(1)
          .map((v) =>
            v && typeof v === 'object' && 'result' in v ? (v as { result: unknown }).result : v,
          ),
      );
    });
    parsed = parsePlanRows(rows);
  }
  if (parsed.errors.length > 0) return { plan: null, errors: parsed.errors };
  return {
    plan: await submitPlan(ctx, { assignmentId: input.assignmentId, topics: parsed.topics }),
    errors: [],
  };
}

/** S8: planned vs held hours and topics covered, for one assignment. */
export async function programmeFulfilment(ctx: CurriculumContext, assignmentId: string) {
  const a = await requireAssignment(ctx.em, assignmentId);
  const viewer = viewerOf(ctx);
  if (!isSchoolStaff(viewer, a.schoolId))
    throw forbidden('Выполнение программы видят работники школы.');
  const school = await ctx.em.findOneOrFail(School, { id: a.schoolId });
  const today = localDateTime(ctx.deps.now(), school.timeZone).date;
  const plan = await ctx.loaders.currentPlan.load(a.id);
  const topics = plan ? await ctx.em.find(PlanTopic, { planId: plan.id }) : [];
  const lessons = await ctx.em.find(Lesson, { assignmentId: a.id, status: { $ne: 'cancelled' } });
  const dueByToday = lessons.filter((l) => l.date <= today).length;
  const held = lessons.filter((l) => l.status === 'conducted').length;
  const covered = new Set(
    lessons.map((l) => l.topicId).filter((t): t is string => !!t && topics.some((p) => p.id === t)),
  );
  return {
    assignmentId: a.id,
    plannedHours: plan?.totalHours ?? (await curriculumHoursFor(ctx.em, a).catch(() => 0)),
    scheduledHours: lessons.length,
    dueByToday,
    heldHours: held,
    plannedTopics: topics.length,
    coveredTopics: covered.size,
    planVersion: plan?.version ?? null,
  };
}
