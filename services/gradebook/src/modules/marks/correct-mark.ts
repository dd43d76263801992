import { v7 as uuidv7 } from 'uuid';
import { requirePerson } from '@dnevnik/auth';
import { GradebookEvents } from '@dnevnik/contracts';
import { AppError, badInput, conflict, notFound, requireText, requireUuid } from '@dnevnik/errors';
import { classIdsOfStudent } from '@dnevnik/school-facts';
import { eventContext, inTransaction } from '@dnevnik/service-runtime';
import type { GradebookContext } from '../../context.js';
import { appendMark, stageMarkEvent } from './append-mark.js';
import { correctionAllowed } from './deadlines.rules.js';
import { fivePointValue, isGradingScale, parseMarkValue } from './grading-scales.rules.js';
import { correctionRight } from './marks.access.js';
import { Mark } from './marks.entities.js';

/**
 * M4: a correction is a new mark that points to the one it replaces, with the reason, on the
 * replaced mark's scale (one part of a paired mark at a time). The author or the class teacher
 * within 7 days; later, or anyone else, only the deputy director, recorded as approver.
 */
export async function correctMark(
  ctx: GradebookContext,
  input: { markId: string; value: string; reason: string },
): Promise<Mark> {
  const viewer = requirePerson(ctx.viewer);
  const reason = requireText(input.reason, 'reason', 500, 5);
  return inTransaction(ctx, async (tx) => {
    const old = await tx.findOne(Mark, { id: requireUuid(input.markId, 'markId') });
    if (!old) throw notFound('Отметка');
    if (await tx.findOne(Mark, { replacesMarkId: old.id }))
      throw conflict('Эта отметка уже исправлена: исправляйте последнюю запись.');
    const scale = isGradingScale(old.scale) ? old.scale : 'five_point';
    const parsed = parseMarkValue(scale, input.value);
    if (!parsed.ok) throw badInput(parsed.message, { field: 'value' });
    const right = correctionRight(viewer, old, await classIdsOfStudent(tx, old.studentId));
    const verdict =
      right === 'deputy'
        ? { allowed: true }
        : correctionAllowed({
            markCreatedAt: old.enteredAt,
            now: ctx.deps.now(),
            by: right === 'none' ? 'other' : right,
            deputyApproval: false,
          });
    if (!verdict.allowed)
      throw new AppError(
        right === 'none' ? 'FORBIDDEN' : 'DEADLINE_PASSED',
        verdict.reason ?? 'Исправление не разрешено.',
      );
    const mark = await appendMark(tx, {
      ...old,
      id: uuidv7(),
      value: parsed.value,
      numeric: fivePointValue(scale, parsed.value),
      replacesMarkId: old.id,
      correctionReason: reason,
      approvedBy: right === 'deputy' ? viewer.personId : null,
      enteredBy: viewer.personId,
      enteredRole: right,
      enteredAt: ctx.deps.now(),
    });
    stageMarkEvent(tx, GradebookEvents.markCorrected, mark, eventContext(ctx, null));
    return mark;
  });
}
