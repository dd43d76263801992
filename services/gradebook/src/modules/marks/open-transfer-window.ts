import { v7 as uuidv7 } from 'uuid';
import { requirePerson } from '@dnevnik/auth';
import { GradebookEvents } from '@dnevnik/contracts';
import { badInput, forbidden, requireDate, requireText, requireUuid } from '@dnevnik/errors';
import { stageEvent } from '@dnevnik/events';
import { requireSchool } from '@dnevnik/school-facts';
import { eventContext, inTransaction } from '@dnevnik/service-runtime';
import type { GradebookContext } from '../../context.js';
import { transferWindowCloses } from './deadlines.rules.js';
import { canOpenTransferWindow } from './marks.access.js';
import { TransferWindow } from './marks.entities.js';

/**
 * G4: the deputy opens a window to transfer a temporary journal kept during an outage. The
 * window is published, so attendance honours the same one.
 */
export async function openTransferWindow(
  ctx: GradebookContext,
  input: {
    schoolId: string;
    fromDate: string;
    toDate: string;
    reason: string;
    holidays?: string[] | null;
  },
) {
  const viewer = requirePerson(ctx.viewer);
  const schoolId = requireUuid(input.schoolId, 'schoolId');
  requireDate(input.fromDate, 'fromDate');
  requireDate(input.toDate, 'toDate');
  if (input.toDate < input.fromDate) throw badInput('Конец периода сбоя раньше начала.');
  const reason = requireText(input.reason, 'reason', 500, 5);
  if (!canOpenTransferWindow(viewer, schoolId))
    throw forbidden('Окно переноса из временного журнала открывает заместитель директора.');
  return inTransaction(ctx, async (tx) => {
    const school = await requireSchool(tx, schoolId);
    const openedAt = ctx.deps.now();
    const window = Object.assign(new TransferWindow(), {
      id: uuidv7(),
      schoolId,
      fromDate: input.fromDate,
      toDate: input.toDate,
      openedBy: viewer.personId,
      openedAt,
      closesAt: transferWindowCloses(openedAt, school.timeZone, input.holidays ?? []),
      reason,
    });
    tx.persist(window);
    stageEvent(tx, GradebookEvents.transferWindowOpened, {
      aggregateId: schoolId,
      schoolId,
      data: {
        windowId: window.id,
        schoolId,
        fromDate: window.fromDate,
        toDate: window.toDate,
        openedAt: window.openedAt.toISOString(),
        closesAt: window.closesAt.toISOString(),
        reason,
      },
      context: eventContext(ctx, 'deputy_director'),
    });
    return window;
  });
}
