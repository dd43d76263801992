import type { EntityManager } from '@mikro-orm/postgresql';
import { v7 as uuidv7 } from 'uuid';
import { requirePerson } from '@dnevnik/auth';
import { GradebookEvents } from '@dnevnik/contracts';
import { badInput, forbidden, requireDate, requireText, requireUuid } from '@dnevnik/errors';
import { stageEvent } from '@dnevnik/events';
import { classIdOf, requireSchool, type RmAssignment, type RmPeriod } from '@dnevnik/school-facts';
import { eventContext, inTransaction } from '@dnevnik/service-runtime';
import type { GradebookContext } from '../../context.js';
import { journal, requirePeriod } from '../journal/index.js';
import {
  finalTiming,
  fivePointValue,
  journalKeyOf,
  parseMarkValue,
  type GradingScale,
} from '../marks/index.js';
import { loadGradingSettings } from '../settings/index.js';
import { canSetExamMark, canSetFinal } from './finals.access.js';
import { FinalMark } from './finals.entities.js';
import { latestFinal, yearPeriods } from './finals.queries.js';
import {
  checkFinalValue,
  suggestFinalMark,
  suggestYearFinal,
  type DerivedFinal,
  type FinalKind,
} from './finals.rules.js';

export interface SetFinalInput {
  studentId: string;
  assignmentId: string;
  periodId?: string | null;
  kind: FinalKind;
  value?: string | null;
  deferReason?: string | null;
  deferUntil?: string | null;
}

const numberOf = (scale: GradingScale, f: FinalMark | null) =>
  f?.value != null ? fivePointValue(scale, f.value) : null;

/** What a final of each kind rests on, and whether it is there (M1, M6). */
async function derive(
  em: EntityManager,
  ctx: GradebookContext,
  kind: FinalKind,
  assignment: RmAssignment,
  studentId: string,
  scale: GradingScale,
  period: RmPeriod | null,
): Promise<DerivedFinal & { periodEnds: string | null }> {
  const key = { studentId, subjectId: assignment.subjectId };
  if (kind === 'period') {
    const page = await journal({ ...ctx, em }, assignment.id, period!.id);
    const row = page.rows.find((r) => r.studentId === studentId);
    if (!row) throw badInput('Ученик не учился в этом классе в этом периоде.');
    return {
      suggested: row.suggested,
      mean: row.mean,
      enough: row.enough,
      missing: row.enough
        ? null
        : `Недостаточно отметок для итоговой: ${row.marks.length} из ${row.required} необходимых.`,
      periodEnds: period!.endsOn,
    };
  }
  if (kind === 'year') {
    const periods = await yearPeriods(em, assignment.yearId);
    const finals = await Promise.all(
      periods.map((p) => latestFinal(em, { ...key, kind: 'period', periodId: p.id })),
    );
    return {
      ...suggestYearFinal(
        finals.map((f) => numberOf(scale, f)),
        Math.max(1, periods.length),
      ),
      periodEnds: periods.at(-1)?.endsOn ?? null,
    };
  }
  if (kind === 'final') {
    const [year, exam] = await Promise.all([
      latestFinal(em, { ...key, kind: 'year', yearId: assignment.yearId }),
      latestFinal(em, { ...key, kind: 'exam', yearId: assignment.yearId }),
    ]);
    return { ...suggestFinalMark(numberOf(scale, year), numberOf(scale, exam)), periodEnds: null };
  }
  // An exam mark is the exam's result: nothing in the journal suggests it.
  return { suggested: null, mean: null, enough: true, missing: null, periodEnds: null };
}

/**
 * M1, M6, M7, A4: a period, year or final mark by the class teacher (an exam mark also by the
 * deputy director), on the subject's scale. «н/а» and «освобождён» are refused; a period final
 * without enough marks, a year mark without every period's final and a final without the year
 * mark are refused (defer instead); period and year marks entered late are flagged.
 */
export async function setFinal(ctx: GradebookContext, input: SetFinalInput): Promise<FinalMark> {
  const viewer = requirePerson(ctx.viewer);
  const studentId = requireUuid(input.studentId, 'studentId');
  const kind = input.kind;
  return inTransaction(ctx, async (tx) => {
    const { assignment } = await journalKeyOf(tx, requireUuid(input.assignmentId, 'assignmentId'));
    let period: RmPeriod | null = null;
    if (kind === 'period') {
      if (!input.periodId) throw badInput('Укажите учебный период.', { field: 'periodId' });
      period = await requirePeriod(tx, input.periodId);
      if (period.yearId !== assignment.yearId)
        throw badInput('Период относится к другому учебному году.', { field: 'periodId' });
    }
    const classId = await classIdOf(tx, assignment);
    if (!classId) throw badInput('Итоговые отметки выставляются по классу.');
    const allowed =
      canSetFinal(viewer, assignment.schoolId, classId) ||
      (kind === 'exam' && canSetExamMark(viewer, assignment.schoolId));
    if (!allowed) throw forbidden('Итоговые отметки выставляет классный руководитель класса.');
    const school = await requireSchool(tx, assignment.schoolId);
    const scale = (await loadGradingSettings(tx, assignment.schoolId)).scaleOf(
      assignment.subjectId,
    );
    const basis = await derive(tx, ctx, kind, assignment, studentId, scale, period);
    const deferred = !!input.deferReason;
    let value: string | null = null;
    if (deferred) {
      requireText(input.deferReason, 'deferReason', 500, 5);
      if (!input.deferUntil)
        throw badInput('Укажите срок, до которого откладывается аттестация.', {
          field: 'deferUntil',
        });
      requireDate(input.deferUntil, 'deferUntil');
    } else {
      const check = checkFinalValue(input.value ?? '', kind);
      if (!check.ok) throw badInput(check.message, { field: 'value' });
      const parsed = parseMarkValue(scale, input.value ?? '');
      if (!parsed.ok) throw badInput(parsed.message, { field: 'value' });
      if (!basis.enough)
        throw badInput(`${basis.missing} Отложите аттестацию или дождитесь недостающего.`, {
          missing: basis.missing,
        });
      value = parsed.value;
    }
    const scope = kind === 'period' ? { periodId: period!.id } : { yearId: assignment.yearId };
    const previous = await latestFinal(tx, {
      studentId,
      subjectId: assignment.subjectId,
      kind,
      ...scope,
    });
    const final = Object.assign(new FinalMark(), {
      id: uuidv7(),
      schoolId: assignment.schoolId,
      studentId,
      subjectId: assignment.subjectId,
      classId,
      periodId: period?.id ?? null,
      yearId: assignment.yearId,
      kind,
      value,
      suggested: basis.suggested,
      mean: basis.mean,
      enoughMarks: basis.enough,
      deferredReason: deferred ? input.deferReason!.trim() : null,
      deferredUntil: deferred ? input.deferUntil! : null,
      timing: basis.periodEnds
        ? finalTiming(basis.periodEnds, ctx.deps.now(), school.timeZone)
        : 'on_time',
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
      context: eventContext(ctx, kind === 'exam' ? null : 'class_teacher'),
    });
    return final;
  });
}
