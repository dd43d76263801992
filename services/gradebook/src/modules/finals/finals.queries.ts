import type { EntityManager } from '@mikro-orm/postgresql';
import { requirePerson } from '@dnevnik/auth';
import { forbidden, requireUuid } from '@dnevnik/errors';
import { RmPeriod, schoolOfStudent } from '@dnevnik/school-facts';
import type { GradebookContext } from '../../context.js';
import { canReadStudentMarks } from '../marks/index.js';
import { FinalMark } from './finals.entities.js';
import type { FinalKind } from './finals.rules.js';

/** Study periods of a school year, in order (holidays are not graded). */
export async function yearPeriods(em: EntityManager, yearId: string): Promise<RmPeriod[]> {
  return em.find(RmPeriod, { yearId, kind: { $ne: 'holiday' } }, { orderBy: { startsOn: 'asc' } });
}

/** The latest final of a kind (a re-set final replaces the earlier one). */
export async function latestFinal(
  em: EntityManager,
  where: {
    studentId: string;
    subjectId: string;
    kind: FinalKind;
    periodId?: string;
    yearId?: string;
  },
): Promise<FinalMark | null> {
  return em.findOne(FinalMark, where, { orderBy: [{ enteredAt: 'desc' }, { id: 'desc' }] });
}

/** A student's finals, history included: staff of the school, the student, their parents. */
export async function studentFinals(
  ctx: GradebookContext,
  studentId: string,
): Promise<FinalMark[]> {
  const viewer = requirePerson(ctx.viewer);
  const id = requireUuid(studentId, 'studentId');
  const finals = await ctx.em.find(FinalMark, { studentId: id }, { orderBy: { enteredAt: 'asc' } });
  const children = await ctx.childIds();
  const school = finals[0]?.schoolId ?? (await schoolOfStudent(ctx.em, id));
  if (!school || !canReadStudentMarks(viewer, school, id, children))
    throw forbidden('Нет доступа к отметкам этого ученика.');
  return finals.filter((f) => canReadStudentMarks(viewer, f.schoolId, f.studentId, children));
}

/**
 * The current period final of each of these students in one subject and period: the latest row,
 * as `latestFinal` picks it, found with one query for a whole journal page.
 */
export async function currentPeriodFinals(
  em: EntityManager,
  where: { subjectId: string; periodId: string; studentIds: readonly string[] },
): Promise<Map<string, FinalMark>> {
  const byStudent = new Map<string, FinalMark>();
  if (where.studentIds.length === 0) return byStudent;
  const rows = await em.find(
    FinalMark,
    {
      kind: 'period',
      subjectId: where.subjectId,
      periodId: where.periodId,
      studentId: { $in: [...where.studentIds] },
    },
    { orderBy: [{ enteredAt: 'desc' }, { id: 'desc' }] },
  );
  for (const f of rows) if (!byStudent.has(f.studentId)) byStudent.set(f.studentId, f);
  return byStudent;
}
