import type { MikroORM } from '@mikro-orm/postgresql';
import {
  AUDIT_LOG_CHAINS,
  checkpointReportOf,
  openChainWitness,
  verifyAuditChain,
  type ChainVerdict,
  type ChainWitness,
  type CheckpointReport,
} from '@dnevnik/audit';
import { ChainWitnessEvents } from '@dnevnik/contracts';
import { forbidden, requireUuid } from '@dnevnik/errors';
import { publishChainCheckpoints } from '@dnevnik/service-runtime';
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

/** The checkpoints also go to Kafka, where the archive will hold them. */
export const publishCheckpoints = (orm: MikroORM, nudge: () => void) =>
  publishChainCheckpoints(orm, ChainWitnessEvents.curriculum, nudge);

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
