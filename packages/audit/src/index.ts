export { canonicalJson } from './canonical-json.js';
export {
  GENESIS_HASH,
  hashEntry,
  verifyEntries,
  type AuditEntry,
  type StoredAuditEntry,
  type ChainVerdict,
} from './audit-chain.js';
export { appendAudit, verifyAuditChain, listAudit } from './audit-log.js';
export { auditMigrations } from './migrations.js';
export {
  recordHash,
  verifyRecordChain,
  type ChainedRecord,
  type RecordChainVerdict,
} from './record-chain.js';
export {
  auditVerification,
  compareToCheckpoint,
  compareHashesToCheckpoint,
  checkpointHolds,
  checkpointStatusHolds,
  CHECKPOINT_STATUS,
  missingTailOf,
  loadCheckpointKey,
  signCheckpoint,
  checkpointSignatureValid,
  checkpointReport,
  type ChainCheckpoint,
  type CheckpointReport,
  type SignedCheckpoint,
  type CheckpointComparison,
  type CheckpointKey,
  type CurrentChain,
} from './checkpoint.js';
export { createCheckpointLog, type CheckpointLog } from './checkpoint-log.js';
export {
  AUDIT_LOG_CHAINS,
  chainHeads,
  checkpointChainName,
  checkpointReportOf,
  compareChainToCheckpoint,
  createCheckpointer,
  currentChainAt,
  openChainWitness,
  withCheckpointer,
  type ChainTable,
  type ChainWitness,
  type Checkpointer,
  type CheckpointerOptions,
  type CheckpointRun,
} from './checkpointer.js';
