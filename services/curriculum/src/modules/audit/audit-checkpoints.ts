import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import {
  AUDIT_LOG_CHAINS,
  checkpointReportOf,
  openChainWitness,
  verifyAuditChain,
  type ChainVerdict,
  type ChainWitness,
  type CheckpointReport,
  type SignedCheckpoint,
} from '@dnevnik/audit';
import { ChainWitnessEvents } from '@dnevnik/contracts';
import { forbidden, requireUuid } from '@dnevnik/errors';
import { stageEvent, SYSTEM_ACTOR } from '@dnevnik/events';
import type { CurriculumContext } from '../../context.js';
import type { CurriculumEnv } from '../../env.js';
import { viewerOf } from '../shared.js';
import { canVerifyCurriculumAudit } from './audit-checkpoints.rules.js';

/** Curriculum's audit chains (one per school) checkpointed as `audit:<chain>` (ADR 0009). */
export const CURRICULUM_CHAIN_SOURCES = [AUDIT_LOG_CHAINS];

export const openCurriculumWitness = (env: CurriculumEnv): ChainWitness =>
  openChainWitness({
    service: 'curriculum',
    privateKeyPem: env.CURRICULUM_CHECKPOINT_KEY,
    directory: env.CURRICULUM_CHECKPOINT_DIR,
  });

/** The checkpoints also go to Kafka (`curriculum.chain.v1`), where the archive will hold them. */
export function publishCheckpoints(orm: MikroORM, nudge: () => void) {
  return async (checkpoints: SignedCheckpoint[]) => {
    const correlationId = randomUUID();
    await orm.em.fork().transactional(async (tx) => {
      for (const data of checkpoints)
        stageEvent(tx, ChainWitnessEvents.curriculum, {
          aggregateId: data.chain,
          schoolId: null,
          data,
          context: { actor: SYSTEM_ACTOR, correlationId },
        });
    });
    nudge();
  };
}

/** G2: a school's audit chain in curriculum, and its latest signed checkpoint. */
export async function verifyCurriculumAuditChain(
  ctx: CurriculumContext,
  schoolId: string,
): Promise<{ chain: ChainVerdict; checkpoint: CheckpointReport }> {
  const viewer = viewerOf(ctx);
  requireUuid(schoolId, 'schoolId');
  if (!canVerifyCurriculumAudit(viewer, schoolId))
    throw forbidden('Проверять журнал аудита может руководство школы.');
  // The chain name audit() in ../shared.ts writes to.
  const chain = `school:${schoolId}`;
  return {
    chain: await verifyAuditChain(ctx.em, chain),
    checkpoint: await checkpointReportOf(ctx.em, ctx.deps.witness, AUDIT_LOG_CHAINS, chain),
  };
}
