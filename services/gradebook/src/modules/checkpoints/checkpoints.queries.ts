import {
  checkpointReport,
  compareHashesToCheckpoint,
  type ChainTable,
  type ChainWitness,
  type CheckpointReport,
} from '@dnevnik/audit';

/** Every journal's chain of marks, checkpointed as `marks:<journal key>` (ADR 0009). */
export const MARK_CHAINS: ChainTable = { kind: 'marks', table: 'mark', chainColumn: 'journal_key' };

/** A journal's marks, in chain order, against the latest checkpoint of its chain. */
export async function journalCheckpoint(
  witness: ChainWitness,
  journalKey: string,
  hashes: readonly string[],
): Promise<CheckpointReport> {
  const checkpoint = await witness.latest(MARK_CHAINS, journalKey);
  return checkpointReport(checkpoint, compareHashesToCheckpoint(checkpoint, hashes));
}
