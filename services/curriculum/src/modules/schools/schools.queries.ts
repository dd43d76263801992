import type { EntityManager } from '@mikro-orm/postgresql';
import { notFound, requireUuid } from '@dnevnik/errors';
import type { CurriculumContext } from '../../context.js';
import { requireRecordsReaderOf } from '../school-access/index.js';
import { Bell, School } from './schools.entities.js';

export async function requireSchool(em: EntityManager, schoolId: string): Promise<School> {
  const school = await em.findOne(School, { id: requireUuid(schoolId, 'schoolId') });
  if (!school) throw notFound('Школа');
  return school;
}

/** `school(id)`: null when there is none; the school's staff only. */
export async function schoolForStaff(ctx: CurriculumContext, id: string): Promise<School | null> {
  const school = await ctx.loaders.school.load(requireUuid(id, 'id'));
  if (!school) return null;
  await requireRecordsReaderOf(ctx, school.id);
  return school;
}

/** The same check as the root field: _entities is no back door. */
export async function schoolReference(ctx: CurriculumContext, id: string): Promise<School> {
  const school = await ctx.loaders.school.load(id);
  if (!school) throw notFound('Школа');
  await requireRecordsReaderOf(ctx, school.id);
  return school;
}

export const bellsOf = (ctx: CurriculumContext, schoolId: string): Promise<Bell[]> =>
  ctx.em.find(Bell, { schoolId }, { orderBy: { lessonNumber: 'asc' } });
