import type { EntityManager } from '@mikro-orm/postgresql';
import { forbidden, notFound, requireUuid } from '@dnevnik/errors';
import type { CurriculumContext } from '../../context.js';
import { isSchoolStaff, viewerOf } from '../school-access/index.js';
import { AcademicYear, Period } from './years.entities.js';

export async function requireYear(em: EntityManager, yearId: string): Promise<AcademicYear> {
  const year = await em.findOne(AcademicYear, { id: requireUuid(yearId, 'yearId') });
  if (!year) throw notFound('Учебный год');
  return year;
}

/** A school's years, the latest first. */
export const yearsOf = (ctx: CurriculumContext, schoolId: string): Promise<AcademicYear[]> =>
  ctx.em.find(AcademicYear, { schoolId }, { orderBy: { startsOn: 'desc' } });

export const periodsOf = (ctx: CurriculumContext, yearId: string): Promise<Period[]> =>
  ctx.em.find(Period, { yearId }, { orderBy: { startsOn: 'asc' } });

/** A period for another subgraph: for the school's staff and for anyone with lessons to read. */
export async function periodReference(ctx: CurriculumContext, id: string): Promise<Period> {
  const period = await ctx.em.findOne(Period, { id });
  if (!period) throw notFound('Период');
  const year = await requireYear(ctx.em, period.yearId);
  viewerOf(ctx);
  if (!isSchoolStaff(ctx.viewer, year.schoolId) && !(await ctx.audience()).length)
    throw forbidden();
  return period;
}
