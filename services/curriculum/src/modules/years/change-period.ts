import { badInput, notFound, requireDate, requireText, requireUuid } from '@dnevnik/errors';
import { eventContext, inTransaction } from '@dnevnik/service-runtime';
import type { CurriculumContext } from '../../context.js';
import { audit } from '../audit/index.js';
import { validatePeriods } from '../calendar/index.js';
import { requireAdmin } from '../school-access/index.js';
import { stagePeriodChanged } from './stage-period-event.js';
import { Period } from './years.entities.js';
import { requireYear } from './years.queries.js';

/** S1: a period moved by the director's order (quarantine, moved holidays), with its reason. */
export async function changePeriod(
  ctx: CurriculumContext,
  input: { periodId: string; startsOn: string; endsOn: string; orderRef: string; reason: string },
): Promise<Period> {
  requireDate(input.startsOn, 'startsOn');
  requireDate(input.endsOn, 'endsOn');
  const orderRef = requireText(input.orderRef, 'orderRef', 100);
  const reason = requireText(input.reason, 'reason', 500, 3);
  return inTransaction(ctx, async (tx) => {
    const period = await tx.findOne(Period, { id: requireUuid(input.periodId, 'periodId') });
    if (!period) throw notFound('Период');
    const year = await requireYear(tx, period.yearId);
    requireAdmin(ctx, year.schoolId);
    const others = await tx.find(Period, { yearId: year.id, id: { $ne: period.id } });
    const problems = validatePeriods(year.startsOn, year.endsOn, [
      ...others,
      { ...period, startsOn: input.startsOn, endsOn: input.endsOn },
    ]);
    if (problems.length > 0) throw badInput(problems.join(' '), { problems });
    const before = { startsOn: period.startsOn, endsOn: period.endsOn };
    Object.assign(period, {
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      orderRef,
      changeReason: reason,
      updatedAt: new Date(),
    });
    stagePeriodChanged(
      tx,
      period,
      { schoolId: year.schoolId, reason },
      eventContext(ctx, 'school_admin'),
    );
    await audit(tx, ctx, {
      schoolId: year.schoolId,
      role: 'school_admin',
      action: 'period.changed',
      entityType: 'period',
      entityId: period.id,
      before,
      after: { startsOn: period.startsOn, endsOn: period.endsOn, orderRef, reason },
    });
    return period;
  });
}
