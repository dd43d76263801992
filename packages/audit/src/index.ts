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
