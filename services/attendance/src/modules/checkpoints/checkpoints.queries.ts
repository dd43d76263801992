import {
  AUDIT_LOG_CHAINS,
  checkpointReport,
  checkpointReportOf,
  compareHashesToCheckpoint,
  verifyAuditChain,
  type ChainTable,
  type ChainVerdict,
  type ChainWitness,
  type CheckpointReport,
} from '@dnevnik/audit';
import { requirePerson } from '@dnevnik/auth';
import { forbidden, requireUuid } from '@dnevnik/errors';
import type { AttendanceContext } from '../../context.js';
import { auditChain } from '../reasons/index.js';
import { canVerifyAttendanceAudit } from './checkpoints.access.js';

/** Every journal's chain of attendance records, checkpointed as `attendance:<journal key>` (ADR 0009). */
export const RECORD_CHAINS: ChainTable = {
  kind: 'attendance',
  table: 'attendance_record',
  chainColumn: 'journal_key',
};

/**
 * What attendance's checkpointer witnesses: the journals' records, and the schools' audit chains
 * (absence notices and their decisions, `audit:school:<schoolId>`).
 */
export const ATTENDANCE_CHAIN_SOURCES = [RECORD_CHAINS, AUDIT_LOG_CHAINS];

/** A journal's attendance records, in chain order, against the latest checkpoint of its chain. */
export async function attendanceCheckpoint(
  witness: ChainWitness,
  journalKey: string,
  hashes: readonly string[],
): Promise<CheckpointReport> {
  const checkpoint = await witness.latest(RECORD_CHAINS, journalKey);
  return checkpointReport(checkpoint, compareHashesToCheckpoint(checkpoint, hashes));
}

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
