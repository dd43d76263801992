import type { CurriculumContext } from '../../context.js';
import { viewerOf } from '../school-access/index.js';
import { Subject } from './subjects.entities.js';

/** A school's subjects by name. */
export const subjectsOf = (ctx: CurriculumContext, schoolId: string): Promise<Subject[]> =>
  ctx.em.find(Subject, { schoolId }, { orderBy: { name: 'asc' } });

/** Subject names are not personal data; any signed-in person may read them. */
export async function subjectReference(ctx: CurriculumContext, id: string) {
  viewerOf(ctx);
  return ctx.loaders.subject.load(id);
}
