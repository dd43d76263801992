import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import {
  checkpointReport,
  compareHashesToCheckpoint,
  openChainWitness,
  type ChainTable,
  type ChainWitness,
  type CheckpointReport,
  type SignedCheckpoint,
} from '@dnevnik/audit';
import { GradebookEvents } from '@dnevnik/contracts';
import { stageEvent, SYSTEM_ACTOR } from '@dnevnik/events';
import type { GradebookEnv } from '../../env.js';

/** Every journal's chain of marks, checkpointed as `marks:<journal key>` (ADR 0009). */
export const MARK_CHAINS: ChainTable = { kind: 'marks', table: 'mark', chainColumn: 'journal_key' };

export const openGradebookWitness = (env: GradebookEnv): ChainWitness =>
  openChainWitness({
    service: 'gradebook',
    privateKeyPem: env.GRADEBOOK_CHECKPOINT_KEY,
    directory: env.GRADEBOOK_CHECKPOINT_DIR,
  });

/** The checkpoints also go to Kafka (`gradebook.chain.v1`), where the archive will hold them. */
export function publishCheckpoints(orm: MikroORM, nudge: () => void) {
  return async (checkpoints: SignedCheckpoint[]) => {
    const correlationId = randomUUID();
    await orm.em.fork().transactional(async (tx) => {
      for (const data of checkpoints)
        stageEvent(tx, GradebookEvents.chainCheckpointed, {
          aggregateId: data.chain,
          schoolId: null,
          data,
          context: { actor: SYSTEM_ACTOR, correlationId },
        });
    });
    nudge();
  };
}

/** A journal's marks, in chain order, against the latest checkpoint of its chain. */
export async function journalCheckpoint(
  witness: ChainWitness,
  journalKey: string,
  hashes: readonly string[],
): Promise<CheckpointReport> {
  const checkpoint = await witness.latest(MARK_CHAINS, journalKey);
  return checkpointReport(checkpoint, compareHashesToCheckpoint(checkpoint, hashes));
}
