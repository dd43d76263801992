import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput } from '@dnevnik/errors';
import type { CurriculumContext } from '../../context.js';
import { SchoolClass } from '../classes/index.js';
import { StudyGroup } from '../groups/index.js';
import { requireStaffOf } from '../school-access/index.js';
import { requireYear } from '../years/index.js';
import { CurriculumItem, IndividualCurriculumItem } from './curriculum.entities.js';

/** The year's curriculum (staff only), by grade. */
export async function curriculumOf(
  ctx: CurriculumContext,
  yearId: string,
): Promise<CurriculumItem[]> {
  const year = await requireYear(ctx.em, yearId);
  await requireStaffOf(ctx, year.schoolId);
  return ctx.em.find(CurriculumItem, { yearId: year.id }, { orderBy: { grade: 'asc' } });
}

/** The year's individual curricula (staff only). */
export async function individualCurriculumOf(
  ctx: CurriculumContext,
  yearId: string,
): Promise<IndividualCurriculumItem[]> {
  const year = await requireYear(ctx.em, yearId);
  await requireStaffOf(ctx, year.schoolId);
  return ctx.em.find(IndividualCurriculumItem, { yearId: year.id });
}

/** The curriculum hours an assignment's plan must match (S6). */
export async function curriculumHoursFor(
  em: EntityManager,
  a: { yearId: string; subjectId: string; classId: string | null; groupId: string | null },
): Promise<number> {
  let classId = a.classId;
  if (!classId && a.groupId)
    classId = (await em.findOne(StudyGroup, { id: a.groupId }))?.classId ?? null;
  if (!classId)
    throw badInput(
      'Для межклассной группы часы задаются индивидуальным учебным планом; укажите класс группы.',
    );
  const cls = await em.findOneOrFail(SchoolClass, { id: classId });
  const item = await em.findOne(CurriculumItem, {
    yearId: a.yearId,
    grade: cls.grade,
    subjectId: a.subjectId,
  });
  if (!item)
    throw badInput(
      `В учебном плане ${cls.grade}-х классов нет этого предмета: сначала задайте часы.`,
    );
  return item.hoursPerYear;
}
