import {
  AUDIT_LOG_CHAINS,
  checkpointReportOf,
  verifyAuditChain,
  type ChainVerdict,
  type CheckpointReport,
} from '@dnevnik/audit';
import { forbidden, requireUuid } from '@dnevnik/errors';
import type { IdentityContext } from '../../context.js';
import { requireActiveSession } from '../access/index.js';
import { schoolChain } from '../people/index.js';
import { canVerifyAudit, canVerifyIdentityAuditChain } from './audit.access.js';

/** Identity's audit chains (schools, sessions, identity) checkpointed as `audit:<chain>` (ADR 0009). */
export const IDENTITY_CHAIN_SOURCES = [AUDIT_LOG_CHAINS];

/** The audit chains of identity that belong to no school, by their name in the graph. */
export const IDENTITY_AUDIT_CHAINS = { SESSIONS: 'sessions', IDENTITY: 'identity' } as const;

/** An audit chain against its latest signed checkpoint; call after the caller's access check. */
export const auditChainCheckpoint = (
  ctx: IdentityContext,
  chain: string,
): Promise<CheckpointReport> =>
  checkpointReportOf(ctx.em, ctx.deps.witness, AUDIT_LOG_CHAINS, chain);

/** G2: a school's audit chain, for its leadership and administrator. */
export async function verifySchoolAuditChain(
  ctx: IdentityContext,
  schoolId: string,
): Promise<ChainVerdict> {
  const { viewer } = await requireActiveSession(ctx);
  requireUuid(schoolId, 'schoolId');
  if (!canVerifyAudit(viewer, schoolId))
    throw forbidden('Проверять журнал аудита может руководство школы.');
  return verifyAuditChain(ctx.em, schoolChain(schoolId));
}

/**
 * G2: the chains that belong to no school (sessions, and changes made outside one) are verified
 * by the region's officials; a school's chain by its administration (verifySchoolAuditChain).
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
