import type { EntityManager } from '@mikro-orm/postgresql';
import { CurriculumEvents } from '@dnevnik/contracts';
import { stageEvent, type EventContext } from '@dnevnik/events';
import type { Period } from './years.entities.js';

/**
 * A period's announcement, as it is now: when a year is created (no reason) and whenever an order
 * moves it (with the order's reason). The period does not carry its school, so the caller names it.
 */
export function stagePeriodChanged(
  tx: EntityManager,
  period: Period,
  change: { schoolId: string; reason: string | null },
  context: EventContext,
) {
  stageEvent(tx, CurriculumEvents.periodChanged, {
    aggregateId: period.id,
    schoolId: change.schoolId,
    data: {
      periodId: period.id,
      yearId: period.yearId,
      schoolId: change.schoolId,
      kind: period.kind,
      name: period.name,
      startsOn: period.startsOn,
      endsOn: period.endsOn,
      reason: change.reason,
    },
    context,
  });
}
