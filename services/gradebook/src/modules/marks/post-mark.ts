import type { EntityManager } from '@mikro-orm/postgresql';
import { v7 as uuidv7 } from 'uuid';
import { requirePerson, type PersonViewer } from '@dnevnik/auth';
import { GradebookEvents } from '@dnevnik/contracts';
import {
  badInput,
  forbidden,
  notFound,
  requireDate,
  requireText,
  requireUuid,
} from '@dnevnik/errors';
import {
  classOf,
  requireAssignment,
  RmLesson,
  studentBelongs,
  substitutesOf,
  teachesLesson,
} from '@dnevnik/school-facts';
import { eventContext, inTransaction } from '@dnevnik/service-runtime';
import type { GradebookContext } from '../../context.js';
import { loadGradingSettings } from '../settings/index.js';
import { appendMark, stageMarkEvent } from './append-mark.js';
import { gradeAllowsMarks } from './deadlines.rules.js';
import {
  fivePointValue,
  parseMarkValue,
  parsePairedMark,
  type GradingScale,
} from './grading-scales.rules.js';
import type { Mark } from './marks.entities.js';
import { journalKeyOf } from './marks.queries.js';
import { earlierAnswer, rememberAnswer, requestFingerprint } from './remember-mark-request.js';
import { resolveEntryTiming, type PermitScope } from './resolve-entry-timing.js';
import {
  isWorkType,
  PAIRED_WORK,
  WORK_TYPES,
  workKindOf,
  WRITTEN_WORK,
  type WorkType,
} from './weights.rules.js';

export type { MarkTarget };

export interface PostMarkInput {
  lessonId?: string | null;
  assignmentId?: string | null;
  workDate?: string | null;
  title?: string | null;
  studentId: string;
  workType: string;
  value: string;
  comment?: string | null;
  requestId?: string | null;
}

/** What a mark is for, once checked: a lesson, or a written work of an assignment on a date. */
interface MarkTarget {
  schoolId: string;
  assignmentId: string;
  subjectId: string;
  lessonId: string | null;
  date: string;
  title: string | null;
  role: 'subject_teacher' | 'substitute';
  permit: PermitScope;
}

/** A5–A7: the lesson's teacher or its granted substitute, for a lesson that took place. */
export async function lessonTarget(
  tx: EntityManager,
  viewer: PersonViewer,
  lessonId: string,
): Promise<MarkTarget> {
  const lesson = await tx.findOne(RmLesson, { id: requireUuid(lessonId, 'lessonId') });
  if (!lesson) throw notFound('Урок');
  if (lesson.status === 'cancelled') throw badInput('Урок отменён: отметки за него не ставятся.');
  const substituteIds = await substitutesOf(tx, lesson.id);
  if (
    !teachesLesson(viewer, {
      schoolId: lesson.schoolId,
      teacherId: lesson.teacherId,
      substituteIds,
    })
  )
    throw forbidden(
      'Отметки за урок ставит его учитель или назначенный на этот урок заменяющий учитель.',
    );
  await refuseGradeOne(tx, lesson);
  return {
    schoolId: lesson.schoolId,
    assignmentId: lesson.assignmentId,
    subjectId: lesson.subjectId,
    lessonId: lesson.id,
    date: lesson.date,
    title: null,
    role: substituteIds.includes(viewer.personId) ? 'substitute' : 'subject_teacher',
    permit: { lessonId: lesson.id },
  };
}

/**
 * M1: a written work without a fixed lesson (a test written over several days, an essay handed
 * in later) is marked by the teacher of the class's subject with the date the work was done.
 */
async function workTarget(
  tx: EntityManager,
  viewer: PersonViewer,
  input: PostMarkInput,
  workType: WorkType,
): Promise<MarkTarget> {
  if (!WRITTEN_WORK.includes(workType))
    throw badInput('Без урока отмечается только письменная работа (контрольная, сочинение, …).', {
      field: 'workType',
    });
  const assignment = await requireAssignment(
    tx,
    requireUuid(input.assignmentId ?? '', 'assignmentId'),
  );
  const date = requireDate(input.workDate ?? '', 'workDate');
  if (
    !teachesLesson(viewer, {
      schoolId: assignment.schoolId,
      teacherId: assignment.teacherId,
      substituteIds: [],
    })
  )
    throw forbidden('Отметки за работу ставит учитель, который ведёт этот предмет в классе.');
  await refuseGradeOne(tx, assignment);
  return {
    schoolId: assignment.schoolId,
    assignmentId: assignment.id,
    subjectId: assignment.subjectId,
    lessonId: null,
    date,
    title: input.title?.trim() ? requireText(input.title, 'title', 200) : null,
    role: 'subject_teacher',
    permit: { assignmentId: assignment.id, workDate: date },
  };
}

/** M3: grade 1 is taught without marks. */
async function refuseGradeOne(
  tx: EntityManager,
  owner: { classId: string | null; groupId: string | null },
) {
  const cls = await classOf(tx, owner);
  if (cls && !gradeAllowsMarks(cls.grade))
    throw badInput('В 1-м классе отметки не выставляются (безотметочное обучение).');
}

/** One mark or the two parts of a paired one, read on the subject's scale. */
export function readValue(scale: GradingScale, workType: WorkType, raw: string) {
  if (raw.includes('/')) {
    if (!PAIRED_WORK.includes(workType))
      throw badInput('Двойная отметка («4/5») ставится только за диктант или сочинение.', {
        field: 'value',
      });
    const paired = parsePairedMark(scale, raw);
    if (!paired.ok) throw badInput(paired.message, { field: 'value' });
    return [paired.first.value, paired.second.value];
  }
  const parsed = parseMarkValue(scale, raw);
  if (!parsed.ok) throw badInput(parsed.message, { field: 'value' });
  return [parsed.value];
}

/**
 * M1–M5: a mark for a lesson (by its teacher or the granted substitute) or for a written work
 * without a lesson (by the subject's teacher), for a student of that class or group on that date,
 * on the subject's scale, on time or within an open transfer window (G4) or with the deputy's
 * permit; never in grade 1 (M3). A paired mark is stored as two marks sharing a pair id; the
 * first part is returned.
 */
export async function postMark(ctx: GradebookContext, input: PostMarkInput): Promise<Mark> {
  const viewer = requirePerson(ctx.viewer);
  const workType = input.workType;
  if (!isWorkType(workType))
    throw badInput(`Вид работы: ${WORK_TYPES.join(', ')}.`, { field: 'workType' });
  if (!input.lessonId === !input.assignmentId)
    throw badInput('Укажите урок или, для письменной работы без урока, нагрузку и дату работы.');
  const studentId = requireUuid(input.studentId, 'studentId');
  const comment = input.comment?.trim() ? requireText(input.comment, 'comment', 500) : null;
  const request = input.requestId
    ? {
        personId: viewer.personId,
        requestId: requireUuid(input.requestId, 'requestId'),
        fingerprint: requestFingerprint({
          lessonId: input.lessonId,
          assignmentId: input.assignmentId,
          workDate: input.workDate,
          title: input.title,
          studentId,
          workType,
          value: input.value,
          comment,
        }),
      }
    : null;

  return inTransaction(ctx, async (tx) => {
    // A repeat is answered before the checks: the deadline may have passed since the first try.
    const earlier = request && (await earlierAnswer(tx, request));
    if (earlier) return earlier;
    const target = input.lessonId
      ? await lessonTarget(tx, viewer, input.lessonId)
      : await workTarget(tx, viewer, input, workType);
    const { key, assignment } = await journalKeyOf(tx, target.assignmentId);
    if (!(await studentBelongs(tx, assignment, studentId, target.date)))
      throw badInput('Ученик не относится к классу (группе) на дату работы.');
    const settings = await loadGradingSettings(tx, target.schoolId);
    const scale = settings.scaleOf(target.subjectId);
    const values = readValue(scale, workType, input.value);
    const { timing, approvedBy } = await resolveEntryTiming(tx, ctx, {
      schoolId: target.schoolId,
      date: target.date,
      workKind: workKindOf(workType),
      permit: target.permit,
    });
    const marks = await storeMark(tx, ctx, {
      target,
      journalKey: key,
      studentId,
      workType,
      weight: settings.weights[workType],
      scale,
      values,
      comment,
      timing,
      approvedBy,
      enteredBy: viewer.personId,
    });
    if (request) await rememberAnswer(tx, request, marks[0]!.id);
    return marks[0]!;
  });
}

/**
 * One student's mark for a target, stored: one chain step, or two sharing a pair id for a
 * paired mark, each with its event. The first part is returned first.
 */
export async function storeMark(
  tx: EntityManager,
  ctx: GradebookContext,
  input: {
    target: MarkTarget;
    journalKey: string;
    studentId: string;
    workType: WorkType;
    weight: number;
    scale: GradingScale;
    values: string[];
    comment: string | null;
    timing: Mark['timing'];
    approvedBy: string | null;
    enteredBy: string;
  },
): Promise<Mark[]> {
  const { target, values } = input;
  const pairId = values.length === 2 ? uuidv7() : null;
  const marks: Mark[] = [];
  for (const [i, value] of values.entries()) {
    const mark = await appendMark(tx, {
      id: uuidv7(),
      journalKey: input.journalKey,
      schoolId: target.schoolId,
      studentId: input.studentId,
      subjectId: target.subjectId,
      assignmentId: target.assignmentId,
      lessonId: target.lessonId,
      lessonDate: target.date,
      title: target.title,
      pairId,
      pairPart: pairId ? ((i + 1) as 1 | 2) : null,
      workType: input.workType,
      weight: input.weight,
      scale: input.scale,
      value,
      numeric: fivePointValue(input.scale, value),
      comment: input.comment,
      replacesMarkId: null,
      correctionReason: null,
      approvedBy: input.approvedBy,
      timing: input.timing,
      enteredBy: input.enteredBy,
      enteredRole: target.role,
      enteredAt: ctx.deps.now(),
    });
    stageMarkEvent(tx, GradebookEvents.markPosted, mark, eventContext(ctx, target.role));
    marks.push(mark);
  }
  return marks;
}
