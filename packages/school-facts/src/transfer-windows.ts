import { EntitySchema, type EntityManager } from '@mikro-orm/postgresql';
import { GradebookEvents } from '@dnevnik/contracts';
import { on } from '@dnevnik/events';
import { localDate, type TransferWindowSpan } from '@dnevnik/school-time';

/**
 * G4: the deputy director opens one transfer window for the whole journal, in gradebook. Every
 * other record-keeping service (attendance for absences, curriculum for lesson topics) takes it
 * in from gradebook's event into its own `transfer_window` table and honours it for its records.
 */
export class TransferWindowRow {
  id!: string;
  schoolId!: string;
  fromDate!: string;
  toDate!: string;
  openedAt!: Date;
  closesAt!: Date;
  reason!: string;
}

export const TransferWindowSchema = new EntitySchema<TransferWindowRow>({
  class: TransferWindowRow,
  tableName: 'transfer_window',
  properties: {
    id: { type: 'uuid', primary: true },
    schoolId: { type: 'uuid' },
    fromDate: { type: 'string', columnType: 'date' },
    toDate: { type: 'string', columnType: 'date' },
    openedAt: { type: 'Date', columnType: 'timestamptz' },
    closesAt: { type: 'Date', columnType: 'timestamptz' },
    reason: { type: 'text' },
  },
});

export const transferWindowHandlers = [
  on(GradebookEvents.transferWindowOpened, async (em, e) => {
    if (await em.findOne(TransferWindowRow, { id: e.data.windowId })) return;
    em.persist(
      Object.assign(new TransferWindowRow(), {
        id: e.data.windowId,
        schoolId: e.data.schoolId,
        fromDate: e.data.fromDate,
        toDate: e.data.toDate,
        openedAt: new Date(e.data.openedAt),
        closesAt: new Date(e.data.closesAt),
        reason: e.data.reason,
      }),
    );
    await em.flush();
  }),
];

/** The latest window of the school whose outage covers the lesson date, as the deadline rules want it. */
export async function transferWindowFor(
  em: EntityManager,
  schoolId: string,
  lessonDate: string,
  timeZone: string,
): Promise<TransferWindowSpan | null> {
  const w = await em.findOne(
    TransferWindowRow,
    { schoolId, fromDate: { $lte: lessonDate }, toDate: { $gte: lessonDate } },
    { orderBy: [{ openedAt: 'desc' }, { id: 'desc' }] },
  );
  return w
    ? {
        from: w.fromDate,
        to: w.toDate,
        opensOn: localDate(w.openedAt, timeZone),
        closesAt: w.closesAt,
      }
    : null;
}
