import {
  AUDIT_LOG_CHAINS,
  checkpointReportOf,
  verifyAuditChain,
  type ChainVerdict,
  type CheckpointReport,
} from '@dnevnik/audit';
import { requirePerson } from '@dnevnik/auth';
import { forbidden, requireUuid } from '@dnevnik/errors';
import type { AttendanceContext } from '../../context.js';
import { auditChain } from '../reasons/notices.service.js';
import { canVerifyAttendanceAudit } from './audit-checkpoints.rules.js';

/** G2: a school's audit chain in attendance, and its latest signed checkpoint (ADR 0009). */
export async function verifyAttendanceAuditChain(
  ctx: AttendanceContext,
  schoolId: string,
): Promise<{ chain: ChainVerdict; checkpoint: CheckpointReport }> {
  const viewer = requirePerson(ctx.viewer);
  requireUuid(schoolId, 'schoolId');
  if (!canVerifyAttendanceAudit(viewer, schoolId))
    throw forbidden('Проверять журнал аудита может руководство школы.');
  const chain = auditChain(schoolId);
  return {
    chain: await verifyAuditChain(ctx.em, chain),
    checkpoint: await checkpointReportOf(ctx.em, ctx.deps.witness, AUDIT_LOG_CHAINS, chain),
  };
}
