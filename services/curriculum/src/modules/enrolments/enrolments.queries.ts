import type { EntityManager } from '@mikro-orm/postgresql';
import { forbidden, notFound, requireDate, requireUuid } from '@dnevnik/errors';
import type { CurriculumContext } from '../../context.js';
import { canReadSchoolRecords, isSchoolStaff, readerOf, viewerOf } from '../school-access/index.js';
import { Enrolment } from './enrolments.entities.js';

/** Students enrolled in the class on the given date (S3). */
export async function studentsOfClassOn(
  em: EntityManager,
  classId: string,
  date: string,
): Promise<string[]> {
  const rows = await em.find(
    Enrolment,
    { classId, startsOn: { $lte: date }, $or: [{ endsOn: null }, { endsOn: { $gt: date } }] },
    { orderBy: { startsOn: 'asc' } },
  );
  return rows.map((e) => e.studentId);
}

/** Who was in a class on a date: staff only (the list names children). */
export async function classRoster(
  ctx: CurriculumContext,
  classId: string,
  date: string,
): Promise<string[]> {
  requireDate(date, 'date');
  const cls = await ctx.loaders.schoolClass.load(requireUuid(classId, 'classId'));
  if (!cls) throw notFound('Класс');
  if (!canReadSchoolRecords(readerOf(ctx, cls.schoolId), cls.schoolId))
    throw forbidden('Списки классов видят работники школы.');
  return studentsOfClassOn(ctx.em, cls.id, date);
}

export async function enrolmentHistory(
  ctx: CurriculumContext,
  studentId: string,
): Promise<Enrolment[]> {
  const rows = await ctx.em.find(
    Enrolment,
    { studentId: requireUuid(studentId, 'studentId') },
    { orderBy: { startsOn: 'asc' } },
  );
  const audience = await ctx.audience();
  const viewer = viewerOf(ctx);
  const allowed = await Promise.all(
    rows.map(async (e) => {
      const cls = await ctx.loaders.schoolClass.load(e.classId);
      return (
        (cls && isSchoolStaff(viewer, cls.schoolId)) ||
        audience.some((a) => a.studentId === e.studentId)
      );
    }),
  );
  if (rows.length > 0 && !allowed.some(Boolean))
    throw forbidden('Нет доступа к движению этого ученика.');
  return rows.filter((_, i) => allowed[i]);
}

/** Every enrolment, past and current, of these students: the classes of a viewer's audience. */
export const enrolmentsOf = (em: EntityManager, studentIds: string[]): Promise<Enrolment[]> =>
  em.find(Enrolment, { studentId: { $in: studentIds } });
