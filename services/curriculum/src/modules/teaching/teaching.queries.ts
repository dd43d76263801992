import type { EntityManager } from '@mikro-orm/postgresql';
import { notFound, requireUuid } from '@dnevnik/errors';
import type { CurriculumContext } from '../../context.js';
import { requireRecordsReaderOf } from '../school-access/index.js';
import { requireYear } from '../years/index.js';
import { TeachingAssignment } from './teaching.entities.js';

export async function requireAssignment(
  em: EntityManager,
  id: string,
): Promise<TeachingAssignment> {
  const a = await em.findOne(TeachingAssignment, { id: requireUuid(id, 'assignmentId') });
  if (!a) throw notFound('Нагрузка учителя');
  return a;
}

/** The year's teacher load (staff only). */
export async function assignmentsOf(
  ctx: CurriculumContext,
  yearId: string,
): Promise<TeachingAssignment[]> {
  const year = await requireYear(ctx.em, yearId);
  await requireRecordsReaderOf(ctx, year.schoolId);
  return ctx.em.find(TeachingAssignment, { yearId: year.id }, { orderBy: { id: 'asc' } });
}

/** An assignment by id, for the school's staff (root fields and _entities alike). */
export async function assignmentForStaff(
  ctx: CurriculumContext,
  id: string,
): Promise<TeachingAssignment> {
  const a = await ctx.loaders.assignment.load(id);
  if (!a) throw notFound('Нагрузка учителя');
  await requireRecordsReaderOf(ctx, a.schoolId);
  return a;
}
