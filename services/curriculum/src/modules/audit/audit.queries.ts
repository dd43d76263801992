import {
  AUDIT_LOG_CHAINS,
  checkpointReportOf,
  verifyAuditChain,
  type ChainVerdict,
  type CheckpointReport,
} from '@dnevnik/audit';
import { forbidden, requireUuid } from '@dnevnik/errors';
import type { CurriculumContext } from '../../context.js';
import { viewerOf } from '../school-access/index.js';
import { canVerifyCurriculumAudit } from './audit.access.js';
import { schoolChain } from './school-audit.js';

/** G2: a school's audit chain in curriculum, and its latest signed checkpoint. */
export async function verifyCurriculumAuditChain(
  ctx: CurriculumContext,
  schoolId: string,
): Promise<{ chain: ChainVerdict; checkpoint: CheckpointReport }> {
  const viewer = viewerOf(ctx);
  requireUuid(schoolId, 'schoolId');
  if (!canVerifyCurriculumAudit(viewer, schoolId))
    throw forbidden('Проверять журнал аудита может руководство школы.');
  // The chain audit() writes to.
  const chain = schoolChain(schoolId);
  return {
    chain: await verifyAuditChain(ctx.em, chain),
    checkpoint: await checkpointReportOf(ctx.em, ctx.deps.witness, AUDIT_LOG_CHAINS, chain),
  };
}
