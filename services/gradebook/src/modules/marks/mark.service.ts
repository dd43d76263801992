import type { EntityManager } from '@mikro-orm/postgresql';
import { v7 as uuidv7 } from 'uuid';
import { requirePerson } from '@dnevnik/auth';
import { GradebookEvents } from '@dnevnik/contracts';
import {
  AppError,
  badInput,
  conflict,
  forbidden,
  notFound,
  requireDate,
  requireText,
  requireUuid,
} from '@dnevnik/errors';
import { stageEvent } from '@dnevnik/events';
import { inTransaction } from '@dnevnik/service-runtime';
import { eventContext, type GradebookContext } from '../../context.js';
import type { RmAssignment } from '@dnevnik/school-facts';
import {
  classIdOf,
  classIdsOfStudent,
  classOf,
  requireAssignment,
  requireSchool,
  RmLesson,
  RmPeriod,
  schoolOfStudent,
  studentInLesson,
  studentsBetween,
  substitutesOf,
} from '@dnevnik/school-facts';
import {
  canOpenTransferWindow,
  canPostMark,
  canReadStudentMarks,
  canSetFinal,
  canVerifyJournal,
  correctionRight,
} from './gradebook.access.js';
import { FinalMark, LateEntryPermitRow, Mark, TransferWindow } from './mark.entities.js';
import { GENESIS, markHash, verifyMarkChain, type JournalVerdict } from './mark-chain.js';
import {
  correctionAllowed,
  finalTiming,
  gradeAllowsMarks,
  localDate,
  markEntryTiming,
  transferWindowCloses,
} from './rules/deadlines.rules.js';
import {
  checkFinalValue,
  forecast,
  marksToReach,
  suggestFinal,
  type FinalKind,
} from './rules/finals.rules.js';
import { parseMarkValue } from './rules/grading-scales.js';
import { DEFAULT_WEIGHTS, isWorkType, WORK_TYPES, type WorkType } from './rules/weights.js';

/** Work types whose marks may be entered within a week (M5); the rest on the lesson day. */
const WRITTEN: readonly WorkType[] = [
  'test',
  'control',
  'laboratory',
  'practical',
  'essay',
  'dictation',
  'project',
];

export async function journalKeyOf(
  em: EntityManager,
  assignmentId: string,
): Promise<{ key: string; assignment: RmAssignment }> {
  const assignment = await requireAssignment(em, assignmentId);
  return {
    key: `${assignment.classId ?? assignment.groupId}:${assignment.subjectId}:${assignment.yearId}`,
    assignment,
  };
}

/** Appends a mark to its journal's hash chain; appends to one journal are serialised. */
export async function appendMark(
  tx: EntityManager,
  mark: Omit<Mark, 'prevHash' | 'hash' | 'seq'>,
): Promise<Mark> {
  await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [`journal:${mark.journalKey}`]);
  const [last] = await tx.execute<{ hash: string }[]>(
    'select hash from mark where journal_key = ? order by seq desc limit 1',
    [mark.journalKey],
  );
  const prevHash = last?.hash ?? GENESIS;
  const row = Object.assign(new Mark(), mark, { prevHash });
  row.hash = markHash(row);
  tx.persist(row);
  await tx.flush();
  return row;
}

async function activeTransferWindow(em: EntityManager, schoolId: string, lessonDate: string) {
  const w = await em.findOne(
    TransferWindow,
    { schoolId, fromDate: { $lte: lessonDate }, toDate: { $gte: lessonDate } },
    { orderBy: { openedAt: 'desc' } },
  );
  return w;
}

export interface PostMarkInput {
  lessonId: string;
  studentId: string;
  workType: string;
  value: string;
  comment?: string | null;
}

/**
 * M1–M5: a mark for a lesson, by its teacher or the granted substitute, for a student of that
 * lesson, on time (lesson marks on the day, written works within a week, in the school's time
 * zone) or within an open temporary-journal transfer window (G4). Never in grade 1 (M3).
 */
export async function postMark(ctx: GradebookContext, input: PostMarkInput): Promise<Mark> {
  const viewer = requirePerson(ctx.viewer);
  const workType = input.workType;
  if (!isWorkType(workType))
    throw badInput(`Вид работы: ${WORK_TYPES.join(', ')}.`, { field: 'workType' });
  const parsed = parseMarkValue('five_point', input.value);
  if (!parsed.ok) throw badInput(parsed.message, { field: 'value' });
  const comment = input.comment?.trim() ? requireText(input.comment, 'comment', 500) : null;

  return inTransaction(ctx, async (tx) => {
    const lesson = await tx.findOne(RmLesson, { id: requireUuid(input.lessonId, 'lessonId') });
    if (!lesson) throw notFound('Урок');
    if (lesson.status === 'cancelled') throw badInput('Урок отменён: отметки за него не ставятся.');
    const substitutes = await substitutesOf(tx, lesson.id);
    if (
      !canPostMark(viewer, {
        schoolId: lesson.schoolId,
        teacherId: lesson.teacherId,
        substituteIds: substitutes,
      })
    ) {
      throw forbidden(
        'Отметки за урок ставит его учитель или назначенный на этот урок заменяющий учитель.',
      );
    }
    const cls = await classOf(tx, lesson);
    if (cls && !gradeAllowsMarks(cls.grade)) {
      throw badInput('В 1-м классе отметки не выставляются (безотметочное обучение).');
    }
    const studentId = requireUuid(input.studentId, 'studentId');
    if (!(await studentInLesson(tx, lesson, studentId)))
      throw badInput('Ученик не относится к классу (группе) этого урока на дату урока.');

    const school = await requireSchool(tx, lesson.schoolId);
    const window = await activeTransferWindow(tx, lesson.schoolId, lesson.date);
    const timing = markEntryTiming({
      lessonDate: lesson.date,
      workKind: WRITTEN.includes(workType) ? 'written' : 'oral',
      enteredAt: ctx.deps.now(),
      timeZone: school.timeZone,
      transferWindow: window
        ? {
            from: window.fromDate,
            to: window.toDate,
            opensOn: localDate(window.openedAt, school.timeZone),
            closesAt: window.closesAt,
          }
        : null,
    });
    if (timing.status === 'early')
      throw new AppError(
        'DEADLINE_PASSED',
        'Урок ещё не прошёл: отметку можно поставить в день урока.',
      );
    let approvedBy: string | null = null;
    if (timing.status === 'late') {
      const permit = await tx.findOne(
        LateEntryPermitRow,
        { lessonId: lesson.id, validUntil: { $gte: ctx.deps.now() } },
        { orderBy: { grantedAt: 'desc' } },
      );
      if (!permit) {
        throw new AppError(
          'DEADLINE_PASSED',
          `Срок выставления отметки истёк ${timing.lastDay}. Нужно разрешение заместителя директора.`,
          { lastDay: timing.lastDay },
        );
      }
      approvedBy = permit.grantedBy;
    }
    const { key } = await journalKeyOf(tx, lesson.assignmentId);
    const role = substitutes.includes(viewer.personId) ? 'substitute' : 'subject_teacher';
    const mark = await appendMark(tx, {
      id: uuidv7(),
      journalKey: key,
      schoolId: lesson.schoolId,
      studentId,
      subjectId: lesson.subjectId,
      assignmentId: lesson.assignmentId,
      lessonId: lesson.id,
      lessonDate: lesson.date,
      workType,
      weight: DEFAULT_WEIGHTS[workType],
      scale: 'five_point',
      value: parsed.value,
      numeric: parsed.numeric,
      comment,
      replacesMarkId: null,
      correctionReason: null,
      approvedBy,
      timing: timing.status,
      enteredBy: viewer.personId,
      enteredRole: role,
      enteredAt: ctx.deps.now(),
    });
    stageEvent(tx, GradebookEvents.markPosted, {
      aggregateId: studentId,
      schoolId: lesson.schoolId,
      data: markEventData(mark),
      context: eventContext(ctx, role),
    });
    return mark;
  });
}

function markEventData(m: Mark) {
  return {
    markId: m.id,
    studentId: m.studentId,
    schoolId: m.schoolId,
    subjectId: m.subjectId,
    lessonId: m.lessonId,
    lessonDate: m.lessonDate,
    workType: m.workType,
    value: m.value,
    replacesMarkId: m.replacesMarkId,
    timing: m.timing,
  };
}

/**
 * M4: a correction is a new mark that points to the one it replaces, with the reason. The author
 * or the class teacher within 7 days; later, or anyone else, only the deputy director.
 */
export async function correctMark(
  ctx: GradebookContext,
  input: { markId: string; value: string; reason: string },
): Promise<Mark> {
  const viewer = requirePerson(ctx.viewer);
  const reason = requireText(input.reason, 'reason', 500, 5);
  return inTransaction(ctx, async (tx) => {
    const old = await tx.findOne(Mark, { id: requireUuid(input.markId, 'markId') });
    if (!old) throw notFound('Отметка');
    if (await tx.findOne(Mark, { replacesMarkId: old.id }))
      throw conflict('Эта отметка уже исправлена: исправляйте последнюю запись.');
    const parsed = parseMarkValue(old.scale as 'five_point', input.value);
    if (!parsed.ok) throw badInput(parsed.message, { field: 'value' });
    const classIds = await classIdsOfStudent(tx, old.studentId);
    const right = correctionRight(viewer, old, classIds);
    const verdict =
      right === 'deputy'
        ? { allowed: true }
        : correctionAllowed({
            markCreatedAt: old.enteredAt,
            now: ctx.deps.now(),
            by: right === 'none' ? 'other' : right,
            deputyApproval: false,
          });
    if (!verdict.allowed)
      throw new AppError(
        right === 'none' ? 'FORBIDDEN' : 'DEADLINE_PASSED',
        verdict.reason ?? 'Исправление не разрешено.',
      );
    const mark = await appendMark(tx, {
      ...old,
      id: uuidv7(),
      value: parsed.value,
      numeric: parsed.numeric,
      replacesMarkId: old.id,
      correctionReason: reason,
      approvedBy: right === 'deputy' ? viewer.personId : null,
      enteredBy: viewer.personId,
      enteredRole: right,
      enteredAt: ctx.deps.now(),
    });
    stageEvent(tx, GradebookEvents.markCorrected, {
      aggregateId: mark.studentId,
      schoolId: mark.schoolId,
      data: markEventData(mark),
      context: eventContext(ctx, null),
    });
    return mark;
  });
}

/** Marks of a student the viewer may see, including replaced ones (the history stays visible). */
export async function studentMarks(
  ctx: GradebookContext,
  studentId: string,
  from: string,
  to: string,
): Promise<Mark[]> {
  const viewer = requirePerson(ctx.viewer);
  requireDate(from, 'from');
  requireDate(to, 'to');
  const marks = await ctx.em.find(
    Mark,
    { studentId: requireUuid(studentId, 'studentId'), lessonDate: { $gte: from, $lte: to } },
    { orderBy: { seq: 'asc' } },
  );
  const children = await ctx.childIds();
  const visible = marks.filter((m) =>
    canReadStudentMarks(viewer, m.schoolId, m.studentId, children),
  );
  if (marks.length > 0 && visible.length === 0)
    throw forbidden('Нет доступа к отметкам этого ученика.');
  if (marks.length === 0 && viewer.personId !== studentId && !children.has(studentId)) {
    // Answer the same for "no marks" and "not yours" only to staff; others learn nothing.
    const school = await schoolOfStudent(ctx.em, studentId);
    if (!school || !canReadStudentMarks(viewer, school, studentId, children))
      throw forbidden('Нет доступа к отметкам этого ученика.');
  }
  return visible;
}

/** Marks of a lesson the viewer may see (Lesson.marks in the graph). */
export async function lessonMarks(ctx: GradebookContext, lessonId: string): Promise<Mark[]> {
  const viewer = requirePerson(ctx.viewer);
  const marks = await ctx.em.find(Mark, { lessonId }, { orderBy: { seq: 'asc' } });
  const children = await ctx.childIds();
  return marks.filter((m) => canReadStudentMarks(viewer, m.schoolId, m.studentId, children));
}

/** M4, G2: verifies a journal's chain, naming the first mark that does not verify. */
export async function verifyJournal(
  ctx: GradebookContext,
  assignmentId: string,
): Promise<JournalVerdict> {
  const viewer = requirePerson(ctx.viewer);
  const { key, assignment } = await journalKeyOf(ctx.em, requireUuid(assignmentId, 'assignmentId'));
  if (!canVerifyJournal(viewer, assignment.schoolId))
    throw forbidden('Проверку журнала проводит руководство школы.');
  const marks = await ctx.em.find(Mark, { journalKey: key }, { orderBy: { seq: 'asc' } });
  return verifyMarkChain(marks);
}

export interface JournalRow {
  studentId: string;
  marks: Mark[];
  mean: number | null;
  suggested: number | null;
  enough: boolean;
  required: number;
}

/**
 * The journal page's marks: a row per student of the class (or group) in the period, with
 * current marks, the weighted mean and the suggested final (M6).
 */
export async function journal(ctx: GradebookContext, assignmentId: string, periodId: string) {
  const viewer = requirePerson(ctx.viewer);
  const { key, assignment } = await journalKeyOf(ctx.em, requireUuid(assignmentId, 'assignmentId'));
  const period = await ctx.em.findOne(RmPeriod, { id: requireUuid(periodId, 'periodId') });
  if (!period) throw notFound('Период');
  if (!canReadStudentMarks(viewer, assignment.schoolId, '', new Set()))
    throw forbidden('Журнал класса видят работники школы.');
  const lessons = await ctx.em.find(
    RmLesson,
    {
      assignmentId: assignment.id,
      date: { $gte: period.startsOn, $lte: period.endsOn },
      status: { $ne: 'cancelled' },
    },
    { orderBy: { date: 'asc' } },
  );
  // M6 counts marks against hours per week; the timetable's lessons in the period tell them.
  const weeks = Math.max(
    1,
    (Date.parse(period.endsOn) - Date.parse(period.startsOn)) / (7 * 86_400_000),
  );
  const hoursPerWeek = Math.max(1, Math.round(lessons.length / weeks));
  const marks = await ctx.em.find(
    Mark,
    { journalKey: key, lessonDate: { $gte: period.startsOn, $lte: period.endsOn } },
    { orderBy: { seq: 'asc' } },
  );
  const replaced = new Set(marks.map((m) => m.replacesMarkId).filter(Boolean));
  const current = marks.filter((m) => !replaced.has(m.id));
  const students = await studentsBetween(ctx.em, assignment, period.startsOn, period.endsOn);
  const rows: JournalRow[] = students.map((studentId) => {
    const own = current.filter((m) => m.studentId === studentId);
    const s = suggestFinal({
      marks: own
        .filter((m) => m.numeric !== null)
        .map((m) => ({ numeric: m.numeric!, weight: m.weight })),
      hoursPerWeek,
    });
    return {
      studentId,
      marks: own,
      mean: s.mean,
      suggested: s.suggested,
      enough: s.enough,
      required: s.required,
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

/** G4: the deputy opens a window to transfer a temporary journal kept during an outage. */
export async function openTransferWindow(
  ctx: GradebookContext,
  input: {
    schoolId: string;
    fromDate: string;
    toDate: string;
    reason: string;
    holidays?: string[] | null;
  },
) {
  const viewer = requirePerson(ctx.viewer);
  const schoolId = requireUuid(input.schoolId, 'schoolId');
  requireDate(input.fromDate, 'fromDate');
  requireDate(input.toDate, 'toDate');
  if (input.toDate < input.fromDate) throw badInput('Конец периода сбоя раньше начала.');
  const reason = requireText(input.reason, 'reason', 500, 5);
  if (!canOpenTransferWindow(viewer, schoolId))
    throw forbidden('Окно переноса из временного журнала открывает заместитель директора.');
  return inTransaction(ctx, async (tx) => {
    const school = await requireSchool(tx, schoolId);
    const openedAt = ctx.deps.now();
    const window = Object.assign(new TransferWindow(), {
      id: uuidv7(),
      schoolId,
      fromDate: input.fromDate,
      toDate: input.toDate,
      openedBy: viewer.personId,
      openedAt,
      closesAt: transferWindowCloses(openedAt, school.timeZone, input.holidays ?? []),
      reason,
    });
    tx.persist(window);
    stageEvent(tx, GradebookEvents.transferWindowOpened, {
      aggregateId: schoolId,
      schoolId,
      data: {
        windowId: window.id,
        schoolId,
        fromDate: window.fromDate,
        toDate: window.toDate,
        openedAt: window.openedAt.toISOString(),
        closesAt: window.closesAt.toISOString(),
        reason,
      },
      context: eventContext(ctx, 'deputy_director'),
    });
    return window;
  });
}

/**
 * M6, M7, A4: a period/year final by the class teacher, checked for forbidden values and for
 * enough marks (a final without enough marks is refused; defer it instead), flagged if late.
 */
export async function setFinal(
  ctx: GradebookContext,
  input: {
    studentId: string;
    assignmentId: string;
    periodId: string;
    kind: FinalKind;
    value?: string | null;
    deferReason?: string | null;
    deferUntil?: string | null;
  },
): Promise<FinalMark> {
  const viewer = requirePerson(ctx.viewer);
  const studentId = requireUuid(input.studentId, 'studentId');
  return inTransaction(ctx, async (tx) => {
    const { assignment } = await journalKeyOf(tx, requireUuid(input.assignmentId, 'assignmentId'));
    const period = await tx.findOne(RmPeriod, { id: requireUuid(input.periodId, 'periodId') });
    if (!period) throw notFound('Период');
    const classId = await classIdOf(tx, assignment);
    if (!classId) throw badInput('Итоговые отметки выставляются по классу.');
    if (!canSetFinal(viewer, assignment.schoolId, classId))
      throw forbidden('Итоговые отметки выставляет классный руководитель класса.');
    const school = await requireSchool(tx, assignment.schoolId);
    const page = await journal({ ...ctx, em: tx }, assignment.id, period.id);
    const row = page.rows.find((r) => r.studentId === studentId);
    if (!row) throw badInput('Ученик не учился в этом классе в этом периоде.');
    const deferred = !!input.deferReason;
    if (deferred) {
      requireText(input.deferReason, 'deferReason', 500, 5);
      if (!input.deferUntil)
        throw badInput('Укажите срок, до которого откладывается аттестация.', {
          field: 'deferUntil',
        });
      requireDate(input.deferUntil, 'deferUntil');
    } else {
      const check = checkFinalValue(input.value ?? '', input.kind);
      if (!check.ok) throw badInput(check.message, { field: 'value' });
      const parsed = parseMarkValue('five_point', input.value ?? '');
      if (!parsed.ok) throw badInput(parsed.message, { field: 'value' });
      if (!row.enough) {
        throw badInput(
          `Недостаточно отметок для итоговой: ${row.marks.length} из ${row.required} необходимых. Отложите аттестацию или наберите отметки.`,
          {
            required: row.required,
          },
        );
      }
    }
    const previous = await tx.findOne(
      FinalMark,
      { studentId, subjectId: assignment.subjectId, periodId: period.id, kind: input.kind },
      { orderBy: { enteredAt: 'desc' } },
    );
    const final = Object.assign(new FinalMark(), {
      id: uuidv7(),
      schoolId: assignment.schoolId,
      studentId,
      subjectId: assignment.subjectId,
      classId,
      periodId: period.id,
      kind: input.kind,
      value: deferred ? null : (input.value ?? '').trim(),
      suggested: row.suggested,
      mean: row.mean,
      enoughMarks: row.enough,
      deferredReason: deferred ? input.deferReason!.trim() : null,
      deferredUntil: deferred ? input.deferUntil! : null,
      timing: finalTiming(period.endsOn, ctx.deps.now(), school.timeZone),
      replacesFinalId: previous?.id ?? null,
      enteredBy: viewer.personId,
      enteredAt: ctx.deps.now(),
    });
    tx.persist(final);
    stageEvent(tx, GradebookEvents.finalSet, {
      aggregateId: studentId,
      schoolId: assignment.schoolId,
      data: {
        finalId: final.id,
        studentId,
        schoolId: final.schoolId,
        subjectId: final.subjectId,
        periodId: final.periodId,
        kind: final.kind,
        value: final.value,
        deferred,
      },
      context: eventContext(ctx, 'class_teacher'),
    });
    return final;
  });
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
  const period = await ctx.em.findOne(RmPeriod, { id: requireUuid(input.periodId, 'periodId') });
  if (!period) throw notFound('Период');
  if (
    input.target != null &&
    (!Number.isInteger(input.target) || input.target < 2 || input.target > 5)
  ) {
    throw badInput('Желаемая итоговая — от 2 до 5.', { field: 'target' });
  }
  const school = await requireSchool(ctx.em, assignment.schoolId);
  const today = localDate(ctx.deps.now(), school.timeZone);
  const lessons = await ctx.em.find(RmLesson, {
    assignmentId: assignment.id,
    date: { $gte: period.startsOn, $lte: period.endsOn },
    status: { $ne: 'cancelled' },
  });
  const weeks = Math.max(
    1,
    (Date.parse(period.endsOn) - Date.parse(period.startsOn)) / (7 * 86_400_000),
  );
  const hoursPerWeek = Math.max(1, Math.round(lessons.length / weeks));
  const all = await ctx.em.find(Mark, {
    journalKey: key,
    studentId,
    lessonDate: { $gte: period.startsOn, $lte: period.endsOn },
  });
  const replaced = new Set(all.map((m) => m.replacesMarkId).filter(Boolean));
  const marks = all
    .filter((m) => !replaced.has(m.id) && m.numeric !== null)
    .map((m) => ({ numeric: m.numeric!, weight: m.weight }));
  const remaining = lessons.filter((l) => l.date > today).length;
  return {
    ...forecast(marks, hoursPerWeek, remaining),
    remainingLessons: remaining,
    target: input.target ?? null,
    marksToReach: input.target != null ? marksToReach(input.target, marks, 1) : null,
  };
}

const PERMIT_DAYS = 3;

/** M5: the deputy director lets a lesson's marks be entered late, for three days, with a reason. */
export async function permitLateEntry(
  ctx: GradebookContext,
  input: { lessonId: string; reason: string },
): Promise<LateEntryPermitRow> {
  const viewer = requirePerson(ctx.viewer);
  const reason = requireText(input.reason, 'reason', 500, 5);
  return inTransaction(ctx, async (tx) => {
    const lesson = await tx.findOne(RmLesson, { id: requireUuid(input.lessonId, 'lessonId') });
    if (!lesson) throw notFound('Урок');
    if (!canOpenTransferWindow(viewer, lesson.schoolId)) {
      throw forbidden('Разрешение на позднее выставление даёт заместитель директора.');
    }
    const now = ctx.deps.now();
    const permit = Object.assign(new LateEntryPermitRow(), {
      id: uuidv7(),
      lessonId: lesson.id,
      schoolId: lesson.schoolId,
      grantedBy: viewer.personId,
      reason,
      grantedAt: now,
      validUntil: new Date(now.getTime() + PERMIT_DAYS * 86_400_000),
    });
    tx.persist(permit);
    return permit;
  });
}
