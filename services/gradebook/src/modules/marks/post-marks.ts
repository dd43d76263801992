import { requirePerson } from '@dnevnik/auth';
import { badInput, requireText, requireUuid } from '@dnevnik/errors';
import { studentBelongs } from '@dnevnik/school-facts';
import { inTransaction } from '@dnevnik/service-runtime';
import type { GradebookContext } from '../../context.js';
import { loadGradingSettings } from '../settings/index.js';
import type { Mark } from './marks.entities.js';
import { journalKeyOf } from './marks.queries.js';
import { lessonTarget, readValue, storeMark } from './post-mark.js';
import {
  earlierAnswer,
  rememberAnswer,
  requestFingerprint,
  type MarkRequestKey,
} from './remember-mark-request.js';
import { resolveEntryTiming } from './resolve-entry-timing.js';
import { isWorkType, WORK_TYPES, workKindOf } from './weights.rules.js';

/** More than a class holds: a grid is one lesson's column. */
export const MAX_GRID_ENTRIES = 40;

export interface PostMarksInput {
  lessonId: string;
  workType: string;
  entries: {
    studentId: string;
    value: string;
    comment?: string | null;
    /** As in postMark: a UUID per mark, so a column sent again returns the marks it stored. */
    requestId?: string | null;
  }[];
}

/**
 * M1–M5 for a lesson's whole column at once (the journal grid): the same checks as postMark,
 * made for every entry before anything is written, then every mark stored in one transaction,
 * each its own step of the journal's chain with its own event. One bad entry refuses the lot
 * and names its row. Returns one mark per entry (the first part of a paired one), in order.
 */
export async function postMarks(ctx: GradebookContext, input: PostMarksInput): Promise<Mark[]> {
  const viewer = requirePerson(ctx.viewer);
  const { workType } = input;
  if (!isWorkType(workType))
    throw badInput(`Вид работы: ${WORK_TYPES.join(', ')}.`, { field: 'workType' });
  if (input.entries.length === 0 || input.entries.length > MAX_GRID_ENTRIES)
    throw badInput(`За один раз — от 1 до ${MAX_GRID_ENTRIES} отметок.`, { field: 'entries' });
  const entries = input.entries.map((e, row) => {
    const studentId = requireUuid(e.studentId, `entries[${row}].studentId`);
    const comment = e.comment?.trim()
      ? requireText(e.comment, `entries[${row}].comment`, 500)
      : null;
    const request: MarkRequestKey | null = e.requestId
      ? {
          personId: viewer.personId,
          requestId: requireUuid(e.requestId, `entries[${row}].requestId`),
          fingerprint: requestFingerprint({
            lessonId: input.lessonId,
            studentId,
            workType,
            value: e.value,
            comment,
          }),
        }
      : null;
    return { row, studentId, value: e.value, comment, request };
  });
  if (new Set(entries.map((e) => e.studentId)).size !== entries.length)
    throw badInput('Каждый ученик указывается один раз.', { field: 'entries' });

  return inTransaction(ctx, async (tx) => {
    // A repeat is answered before the checks, as in postMark. The column was stored whole or not
    // at all, so a repeat finds every mark or none.
    const earlier: Mark[] = [];
    for (const e of entries) {
      const mark = e.request && (await earlierAnswer(tx, e.request));
      if (mark) earlier.push(mark);
    }
    if (earlier.length === entries.length) return earlier;
    if (earlier.length > 0)
      throw badInput(
        'Часть отметок этого столбца уже сохранена по тем же requestId: повторите столбец целиком, как в первый раз.',
        { field: 'entries' },
      );
    const target = await lessonTarget(tx, viewer, input.lessonId);
    const { key, assignment } = await journalKeyOf(tx, target.assignmentId);
    const settings = await loadGradingSettings(tx, target.schoolId);
    const scale = settings.scaleOf(target.subjectId);
    const checked = [];
    for (const e of entries) {
      if (!(await studentBelongs(tx, assignment, e.studentId, target.date)))
        throw badInput(
          `Строка ${e.row + 1}: ученик не относится к классу (группе) на дату урока.`,
          {
            field: `entries[${e.row}].studentId`,
          },
        );
      try {
        checked.push({ ...e, values: readValue(scale, workType, e.value) });
      } catch (error) {
        throw badInput(`Строка ${e.row + 1}: ${(error as Error).message}`, {
          field: `entries[${e.row}].value`,
        });
      }
    }
    const { timing, approvedBy } = await resolveEntryTiming(tx, ctx, {
      schoolId: target.schoolId,
      date: target.date,
      workKind: workKindOf(workType),
      permit: target.permit,
    });
    const out: Mark[] = [];
    for (const e of checked) {
      const marks = await storeMark(tx, ctx, {
        target,
        journalKey: key,
        studentId: e.studentId,
        workType,
        weight: settings.weights[workType],
        scale,
        values: e.values,
        comment: e.comment,
        timing,
        approvedBy,
        enteredBy: viewer.personId,
      });
      if (e.request) await rememberAnswer(tx, e.request, marks[0]!.id);
      out.push(marks[0]!);
    }
    return out;
  });
}
