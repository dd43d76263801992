import type { EntityManager } from '@mikro-orm/postgresql';
import type { GradebookEvents } from '@dnevnik/contracts';
import { stageEvent, type EventContext } from '@dnevnik/events';
import { GENESIS, markHash } from './mark-chain.rules.js';
import { Mark } from './marks.entities.js';

/** Appends a mark to its journal's hash chain; appends to one journal are serialised. */
export async function appendMark(
  tx: EntityManager,
  mark: Omit<Mark, 'prevHash' | 'hash' | 'seq'>,
): Promise<Mark> {
  await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [`journal:${mark.journalKey}`]);
  const [last] = await tx.execute<{ hash: string; n: string | number }[]>(
    'select hash, count(*) over () as n from mark where journal_key = ? order by seq desc limit 1',
    [mark.journalKey],
  );
  const prevHash = last?.hash ?? GENESIS;
  const row = Object.assign(new Mark(), mark, { prevHash });
  row.hash = markHash(row);
  tx.persist(row);
  await tx.flush();
  chainPositions.set(row, Number(last?.n ?? 0) + 1);
  return row;
}

/**
 * A mark's position in its journal's chain as counted when it was appended. It is no column (the
 * chain's order is `seq`); it travels in the mark's event so Kafka witnesses the head (ADR 0009).
 */
const chainPositions = new WeakMap<Mark, number>();

/** What gradebook tells others about a mark: ids and the mark, no personal data. */
export function markEventData(m: Mark) {
  return {
    markId: m.id,
    studentId: m.studentId,
    schoolId: m.schoolId,
    subjectId: m.subjectId,
    lessonId: m.lessonId,
    lessonDate: m.lessonDate,
    workType: m.workType,
    value: m.value,
    replacesMarkId: m.replacesMarkId,
    timing: m.timing,
    chainKey: m.journalKey,
    chainSeq: chainPositions.get(m),
    prevHash: m.prevHash,
    hash: m.hash,
  };
}

/** A mark's event (posted, or corrected by a new mark), keyed by the student. */
export function stageMarkEvent(
  tx: EntityManager,
  contract: typeof GradebookEvents.markPosted | typeof GradebookEvents.markCorrected,
  mark: Mark,
  context: EventContext,
) {
  stageEvent(tx, contract, {
    aggregateId: mark.studentId,
    schoolId: mark.schoolId,
    data: markEventData(mark),
    context,
  });
}
