import { v7 as uuidv7 } from 'uuid';
import { badInput, notFound, requireUuid } from '@dnevnik/errors';
import { inTransaction } from '@dnevnik/service-runtime';
import type { CurriculumContext } from '../../context.js';
import { audit } from '../audit/index.js';
import { requireAdmin } from '../school-access/index.js';
import { Subject } from '../subjects/index.js';
import { requireYear } from '../years/index.js';
import { CurriculumItem } from './curriculum.entities.js';

/** A grade's hours of a subject in a year; a new id unless one is given. */
export function curriculumItemOf(
  yearId: string,
  fields: {
    grade: number;
    subjectId: string;
    hoursPerWeek: number;
    hoursPerYear: number;
    id?: string;
  },
): CurriculumItem {
  return Object.assign(new CurriculumItem(), {
    id: fields.id ?? uuidv7(),
    yearId,
    grade: fields.grade,
    subjectId: fields.subjectId,
    hoursPerWeek: fields.hoursPerWeek,
    hoursPerYear: fields.hoursPerYear,
  });
}

/** S4: hours of a subject in a grade for the year; a repeated call replaces the hours, audited. */
export async function setCurriculumItem(
  ctx: CurriculumContext,
  input: {
    yearId: string;
    grade: number;
    subjectId: string;
    hoursPerWeek: number;
    hoursPerYear: number;
  },
): Promise<CurriculumItem> {
  if (!Number.isInteger(input.grade) || input.grade < 1 || input.grade > 11)
    throw badInput('Параллель — от 1 до 11.', { field: 'grade' });
  if (!(input.hoursPerWeek > 0 && input.hoursPerWeek <= 12))
    throw badInput('Часов в неделю — от 0,5 до 12.', { field: 'hoursPerWeek' });
  if (!Number.isInteger(input.hoursPerYear) || input.hoursPerYear < 1 || input.hoursPerYear > 408) {
    throw badInput('Часов в год — целое число от 1 до 408.', { field: 'hoursPerYear' });
  }
  return inTransaction(ctx, async (tx) => {
    const year = await requireYear(tx, input.yearId);
    requireAdmin(ctx, year.schoolId);
    const subject = await tx.findOne(Subject, {
      id: requireUuid(input.subjectId, 'subjectId'),
      schoolId: year.schoolId,
    });
    if (!subject) throw notFound('Предмет');
    const existing = await tx.findOne(CurriculumItem, {
      yearId: year.id,
      grade: input.grade,
      subjectId: subject.id,
    });
    const item =
      existing ??
      curriculumItemOf(year.id, {
        grade: input.grade,
        subjectId: subject.id,
        hoursPerWeek: input.hoursPerWeek,
        hoursPerYear: input.hoursPerYear,
      });
    const before = existing
      ? { hoursPerWeek: existing.hoursPerWeek, hoursPerYear: existing.hoursPerYear }
      : null;
    Object.assign(item, { hoursPerWeek: input.hoursPerWeek, hoursPerYear: input.hoursPerYear });
    tx.persist(item);
    await audit(tx, ctx, {
      schoolId: year.schoolId,
      role: 'school_admin',
      action: 'curriculum.set',
      entityType: 'curriculum_item',
      entityId: item.id,
      before,
      after: {
        grade: item.grade,
        subjectId: item.subjectId,
        hoursPerWeek: item.hoursPerWeek,
        hoursPerYear: item.hoursPerYear,
      },
    });
    return item;
  });
}
