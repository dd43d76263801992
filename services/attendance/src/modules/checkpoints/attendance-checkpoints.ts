import type { MikroORM } from '@mikro-orm/postgresql';
import {
  AUDIT_LOG_CHAINS,
  checkpointReport,
  compareHashesToCheckpoint,
  openChainWitness,
  type ChainTable,
  type ChainWitness,
  type CheckpointReport,
} from '@dnevnik/audit';
import { AttendanceEvents } from '@dnevnik/contracts';
import { publishChainCheckpoints } from '@dnevnik/service-runtime';
import type { AttendanceEnv } from '../../env.js';

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

export const openAttendanceWitness = (env: AttendanceEnv): ChainWitness =>
  openChainWitness({
    service: 'attendance',
    privateKeyPem: env.ATTENDANCE_CHECKPOINT_KEY,
    directory: env.ATTENDANCE_CHECKPOINT_DIR,
  });

/** The checkpoints also go to Kafka, where the archive will hold them. */
export const publishCheckpoints = (orm: MikroORM, nudge: () => void) =>
  publishChainCheckpoints(orm, AttendanceEvents.chainCheckpointed, nudge);

/** A journal's attendance records, in chain order, against the latest checkpoint of its chain. */
export async function attendanceCheckpoint(
  witness: ChainWitness,
  journalKey: string,
  hashes: readonly string[],
): Promise<CheckpointReport> {
  const checkpoint = await witness.latest(RECORD_CHAINS, journalKey);
  return checkpointReport(checkpoint, compareHashesToCheckpoint(checkpoint, hashes));
}
