import { v7 as uuidv7 } from 'uuid';
import { badInput, notFound, requireText, requireUuid } from '@dnevnik/errors';
import { inTransaction } from '@dnevnik/service-runtime';
import type { CurriculumContext } from '../../context.js';
import { audit } from '../audit/index.js';
import { requireAdmin } from '../school-access/index.js';
import { Subject } from '../subjects/index.js';
import { requireYear } from '../years/index.js';
import { IndividualCurriculumItem } from './curriculum.entities.js';

/** S4: a student's individual curriculum for a subject, with the reason (e.g. home schooling). */
export async function setIndividualCurriculumItem(
  ctx: CurriculumContext,
  input: {
    yearId: string;
    studentId: string;
    subjectId: string;
    hoursPerYear: number;
    reason: string;
  },
): Promise<IndividualCurriculumItem> {
  const studentId = requireUuid(input.studentId, 'studentId');
  const reason = requireText(input.reason, 'reason', 500, 3);
  if (!Number.isInteger(input.hoursPerYear) || input.hoursPerYear < 0 || input.hoursPerYear > 408) {
    throw badInput('Часов в год — целое число от 0 до 408.', { field: 'hoursPerYear' });
  }
  return inTransaction(ctx, async (tx) => {
    const year = await requireYear(tx, input.yearId);
    requireAdmin(ctx, year.schoolId);
    const subject = await tx.findOne(Subject, {
      id: requireUuid(input.subjectId, 'subjectId'),
      schoolId: year.schoolId,
    });
    if (!subject) throw notFound('Предмет');
    const existing = await tx.findOne(IndividualCurriculumItem, {
      yearId: year.id,
      studentId,
      subjectId: subject.id,
    });
    const item =
      existing ??
      Object.assign(new IndividualCurriculumItem(), {
        id: uuidv7(),
        yearId: year.id,
        studentId,
        subjectId: subject.id,
      });
    const before = existing
      ? { hoursPerYear: existing.hoursPerYear, reason: existing.reason }
      : null;
    Object.assign(item, { hoursPerYear: input.hoursPerYear, reason });
    tx.persist(item);
    await audit(tx, ctx, {
      schoolId: year.schoolId,
      role: 'school_admin',
      action: 'curriculum.individual_set',
      entityType: 'individual_curriculum_item',
      entityId: item.id,
      before,
      after: { studentId, subjectId: subject.id, hoursPerYear: item.hoursPerYear, reason },
    });
    return item;
  });
}
