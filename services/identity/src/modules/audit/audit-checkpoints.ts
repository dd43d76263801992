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
import { forbidden } from '@dnevnik/errors';
import { publishChainCheckpoints } from '@dnevnik/service-runtime';
import type { IdentityContext } from '../../context.js';
import type { IdentityEnv } from '../../env.js';
import { requireActiveSession } from '../access/access.service.js';
import { canVerifyIdentityAuditChain, IDENTITY_AUDIT_CHAINS } from './audit-checkpoints.rules.js';

/** Identity's audit chains (schools, sessions, identity) checkpointed as `audit:<chain>` (ADR 0009). */
export const IDENTITY_CHAIN_SOURCES = [AUDIT_LOG_CHAINS];

export const openIdentityWitness = (env: IdentityEnv): ChainWitness =>
  openChainWitness({
    service: 'identity',
    privateKeyPem: env.IDENTITY_CHECKPOINT_KEY,
    directory: env.IDENTITY_CHECKPOINT_DIR,
  });

/** The checkpoints also go to Kafka, where the archive will hold them. */
export const publishCheckpoints = (orm: MikroORM, nudge: () => void) =>
  publishChainCheckpoints(orm, ChainWitnessEvents.identity, nudge);

/** An audit chain against its latest signed checkpoint; call after the caller's access check. */
export const auditChainCheckpoint = (
  ctx: IdentityContext,
  chain: string,
): Promise<CheckpointReport> =>
  checkpointReportOf(ctx.em, ctx.deps.witness, AUDIT_LOG_CHAINS, chain);

/**
 * G2: the chains that belong to no school (sessions, and changes made outside one) are verified
 * by the region's officials; a school's chain by its administration (verifyAuditChain).
 */
export async function verifyIdentityAuditChain(
  ctx: IdentityContext,
  chain: keyof typeof IDENTITY_AUDIT_CHAINS,
): Promise<{ chain: ChainVerdict; checkpoint: CheckpointReport }> {
  const { viewer } = await requireActiveSession(ctx);
  if (!canVerifyIdentityAuditChain(viewer))
    throw forbidden('Проверять эти журналы аудита может региональный оператор.');
  const name = IDENTITY_AUDIT_CHAINS[chain];
  return {
    chain: await verifyAuditChain(ctx.em, name),
    checkpoint: await auditChainCheckpoint(ctx, name),
  };
}
