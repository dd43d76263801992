import { v7 as uuidv7 } from 'uuid';
import { requirePerson } from '@dnevnik/auth';
import {
  badInput,
  forbidden,
  notFound,
  requireDate,
  requireText,
  requireUuid,
} from '@dnevnik/errors';
import { requireAssignment, RmLesson } from '@dnevnik/school-facts';
import { inTransaction } from '@dnevnik/service-runtime';
import type { GradebookContext } from '../../context.js';
import { canOpenTransferWindow } from './marks.access.js';
import { LateEntryPermitRow } from './marks.entities.js';

const PERMIT_DAYS = 3;

/**
 * M5: the deputy director lets marks be entered late, for three days, with a reason: a lesson's
 * marks, or a written work's without a lesson (its assignment and date).
 */
export async function permitLateEntry(
  ctx: GradebookContext,
  input: {
    lessonId?: string | null;
    assignmentId?: string | null;
    workDate?: string | null;
    reason: string;
  },
): Promise<LateEntryPermitRow> {
  const viewer = requirePerson(ctx.viewer);
  const reason = requireText(input.reason, 'reason', 500, 5);
  if (!input.lessonId === !input.assignmentId)
    throw badInput('Укажите урок или, для письменной работы без урока, нагрузку и дату работы.');
  return inTransaction(ctx, async (tx) => {
    let scope: {
      schoolId: string;
      lessonId: string | null;
      assignmentId: string | null;
      workDate: string | null;
    };
    if (input.lessonId) {
      const lesson = await tx.findOne(RmLesson, { id: requireUuid(input.lessonId, 'lessonId') });
      if (!lesson) throw notFound('Урок');
      scope = {
        schoolId: lesson.schoolId,
        lessonId: lesson.id,
        assignmentId: null,
        workDate: null,
      };
    } else {
      const assignment = await requireAssignment(
        tx,
        requireUuid(input.assignmentId ?? '', 'assignmentId'),
      );
      scope = {
        schoolId: assignment.schoolId,
        lessonId: null,
        assignmentId: assignment.id,
        workDate: requireDate(input.workDate ?? '', 'workDate'),
      };
    }
    if (!canOpenTransferWindow(viewer, scope.schoolId))
      throw forbidden('Разрешение на позднее выставление даёт заместитель директора.');
    const now = ctx.deps.now();
    const permit = Object.assign(new LateEntryPermitRow(), {
      id: uuidv7(),
      ...scope,
      grantedBy: viewer.personId,
      reason,
      grantedAt: now,
      validUntil: new Date(now.getTime() + PERMIT_DAYS * 86_400_000),
    });
    tx.persist(permit);
    return permit;
  });
}
