import type { MikroORM } from '@mikro-orm/postgresql';
import {
  checkpointReport,
  compareHashesToCheckpoint,
  openChainWitness,
  type ChainTable,
  type ChainWitness,
  type CheckpointReport,
} from '@dnevnik/audit';
import { GradebookEvents } from '@dnevnik/contracts';
import { publishChainCheckpoints } from '@dnevnik/service-runtime';
import type { GradebookEnv } from '../../env.js';

/** Every journal's chain of marks, checkpointed as `marks:<journal key>` (ADR 0009). */
export const MARK_CHAINS: ChainTable = { kind: 'marks', table: 'mark', chainColumn: 'journal_key' };

export const openGradebookWitness = (env: GradebookEnv): ChainWitness =>
  openChainWitness({
    service: 'gradebook',
    privateKeyPem: env.GRADEBOOK_CHECKPOINT_KEY,
    directory: env.GRADEBOOK_CHECKPOINT_DIR,
  });

/** The checkpoints also go to Kafka, where the archive will hold them. */
export const publishCheckpoints = (orm: MikroORM, nudge: () => void) =>
  publishChainCheckpoints(orm, GradebookEvents.chainCheckpointed, nudge);

/** A journal's marks, in chain order, against the latest checkpoint of its chain. */
export async function journalCheckpoint(
  witness: ChainWitness,
  journalKey: string,
  hashes: readonly string[],
): Promise<CheckpointReport> {
  const checkpoint = await witness.latest(MARK_CHAINS, journalKey);
  return checkpointReport(checkpoint, compareHashesToCheckpoint(checkpoint, hashes));
}
