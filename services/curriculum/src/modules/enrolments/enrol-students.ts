import {
  AppError,
  badInput,
  notFound,
  requireDate,
  requireText,
  requireUuid,
} from '@dnevnik/errors';
import { eventContext, inTransaction } from '@dnevnik/service-runtime';
import type { CurriculumContext } from '../../context.js';
import { audit } from '../audit/index.js';
import { SchoolClass } from '../classes/index.js';
import { requireAdmin } from '../school-access/index.js';
import { Enrolment } from './enrolments.entities.js';
import { enrolmentOf, stageEnrolmentChanged } from './move-student.js';

/** An order of arrival lists a class, rarely more than a class's worth of children. */
export const MAX_ENROLLED_AT_ONCE = 40;

/**
 * S2: the arrival of several students in one class under one order (the first-grade intake, a
 * class list at the start of the school's use of the journal). Every student must be enrolled
 * nowhere yet; a transfer is moveStudent's. All or none: one student who is already enrolled
 * refuses the order and is named. Each enrolment gets its event and audit entry, as in
 * moveStudent.
 */
export async function enrolStudents(
  ctx: CurriculumContext,
  input: { classId: string; studentIds: string[]; onDate: string; order: string },
): Promise<Enrolment[]> {
  const classId = requireUuid(input.classId, 'classId');
  const studentIds = input.studentIds.map((id) => requireUuid(id, 'studentIds'));
  if (studentIds.length === 0 || studentIds.length > MAX_ENROLLED_AT_ONCE)
    throw badInput(`В одном приказе — от 1 до ${MAX_ENROLLED_AT_ONCE} учеников.`, {
      field: 'studentIds',
    });
  if (new Set(studentIds).size !== studentIds.length)
    throw badInput('Каждый ученик указывается один раз.', { field: 'studentIds' });
  requireDate(input.onDate, 'onDate');
  const order = requireText(input.order, 'order', 100);
  return inTransaction(ctx, async (tx) => {
    const target = await tx.findOne(SchoolClass, { id: classId });
    if (!target) throw notFound('Класс');
    requireAdmin(ctx, target.schoolId);
    const open = await tx.find(Enrolment, { studentId: { $in: studentIds }, endsOn: null });
    if (open.length > 0)
      throw new AppError(
        'CONFLICT',
        `Уже зачислены в класс: ${open.length}. Перевод оформляется по одному ученику (moveStudent).`,
        { field: 'studentIds', enrolled: open.map((e) => e.studentId) },
      );
    const context = eventContext(ctx, 'school_admin');
    const out: Enrolment[] = [];
    for (const studentId of studentIds) {
      const e = enrolmentOf(studentId, target.id, {
        startsOn: input.onDate,
        reason: 'arrival',
        order,
      });
      tx.persist(e);
      stageEnrolmentChanged(
        tx,
        e,
        { schoolId: target.schoolId, change: 'arrival', order },
        context,
      );
      await audit(tx, ctx, {
        schoolId: target.schoolId,
        role: 'school_admin',
        action: 'enrolment.arrived',
        entityType: 'enrolment',
        entityId: e.id,
        before: null,
        after: e,
      });
      out.push(e);
    }
    return out;
  });
}
