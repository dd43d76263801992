import type { CurriculumContext } from '../../context.js';
import { viewerOf } from '../school-access/index.js';
import { SchoolClass } from './classes.entities.js';

/** A year's classes, by grade and letter. */
export const classesOf = (ctx: CurriculumContext, yearId: string): Promise<SchoolClass[]> =>
  ctx.em.find(SchoolClass, { yearId }, { orderBy: { grade: 'asc', letter: 'asc' } });

/** A class's name and grade are for any signed-in person (the roster is not: see enrolments). */
export async function schoolClassReference(ctx: CurriculumContext, id: string) {
  viewerOf(ctx);
  return ctx.loaders.schoolClass.load(id);
}
