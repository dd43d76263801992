import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import { GENESIS_HASH, type ChainVerdict } from './audit-chain.js';
import { canonicalJson } from './canonical-json.js';

/**
 * A chain's head at one moment: how many records it had and the hash of the last one. Kept
 * outside the database (signed file log, Kafka, later the archive) it witnesses the tail that
 * the chain alone cannot: a deleted newest record leaves a chain that still links (ADR 0009).
 */
export interface ChainCheckpoint {
  /** The service whose chain this is: `gradebook`, `attendance`, `identity`, `curriculum`. */
  service: string;
  /** The chain within the service, with its kind: `marks:<journal>`, `audit:school:<id>`. */
  chain: string;
  count: number;
  /** Hash of the `count`-th record; the genesis hash for an empty chain. */
  lastHash: string;
  at: string;
  /** Fingerprint of the public key that signed it, so a rotated key is recognised as such. */
  keyId: string;
}

export interface SignedCheckpoint extends ChainCheckpoint {
  /** Ed25519 over the canonical JSON of the other fields, base64. */
  signature: string;
}

/** The comparison of a chain as it is now with its latest checkpoint. */
export type CheckpointComparison =
  | { status: 'none' }
  /** The chain still holds every record the checkpoint counted; `since` were added after it. */
  | { status: 'ok'; since: number }
  /** Records the checkpoint counted are gone from the end of the chain. */
  | { status: 'missing-tail'; missing: number }
  /** As many records or more, but the one at the checkpoint's position is another: the tail was rewritten. */
  | { status: 'head-mismatch' };

/** What the verifier knows of the current chain: its length and the hash at the checkpoint's position. */
export interface CurrentChain {
  count: number;
  /** Hash of the record at position `checkpoint.count` (1-based) now; null when there is none. */
  hashAtCheckpoint: string | null;
}

/**
 * Whether the chain as it is now still contains the head a checkpoint witnessed. A chain only
 * grows, so the checkpoint's record must still be at its position with the same hash.
 */
export function compareToCheckpoint(
  checkpoint: Pick<ChainCheckpoint, 'count' | 'lastHash'> | null,
  current: CurrentChain,
): CheckpointComparison {
  if (!checkpoint) return { status: 'none' };
  if (current.count < checkpoint.count)
    return { status: 'missing-tail', missing: checkpoint.count - current.count };
  const expected = checkpoint.count === 0 ? GENESIS_HASH : checkpoint.lastHash;
  const actual = checkpoint.count === 0 ? GENESIS_HASH : current.hashAtCheckpoint;
  if (actual !== expected) return { status: 'head-mismatch' };
  return { status: 'ok', since: current.count - checkpoint.count };
}

/** The comparison from a chain's hashes in order (verifiers that load the whole chain anyway). */
export function compareHashesToCheckpoint(
  checkpoint: Pick<ChainCheckpoint, 'count' | 'lastHash'> | null,
  hashes: readonly string[],
): CheckpointComparison {
  const position = checkpoint?.count ?? 0;
  return compareToCheckpoint(checkpoint, {
    count: hashes.length,
    hashAtCheckpoint: position > 0 ? (hashes[position - 1] ?? null) : null,
  });
}

/** A checkpoint comparison that is not `none` or `ok` means records were removed or rewritten. */
export const checkpointHolds = (c: CheckpointComparison): boolean =>
  c.status === 'none' || c.status === 'ok';

/** Records the checkpoint counted that are no longer there (0 unless the tail is missing). */
export const missingTailOf = (c: CheckpointComparison): number =>
  c.status === 'missing-tail' ? c.missing : 0;

/** The service's checkpoint signing key and the public half verifiers check against. */
export interface CheckpointKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
  keyId: string;
  publicKeyPem: string;
}

/**
 * Loads the Ed25519 key from PKCS#8 PEM, or generates one for this run (development and tests,
 * like the gateway's key): checkpoints of an earlier run then no longer verify, by design.
 */
export function loadCheckpointKey(privateKeyPem?: string): CheckpointKey {
  const privateKey = privateKeyPem
    ? createPrivateKey(privateKeyPem)
    : generateKeyPairSync('ed25519').privateKey;
  if (privateKey.asymmetricKeyType !== 'ed25519')
    throw new Error('the checkpoint key must be an Ed25519 private key (PKCS#8 PEM)');
  const publicKey = createPublicKey(privateKey);
  const der = publicKey.export({ type: 'spki', format: 'der' });
  return {
    privateKey,
    publicKey,
    keyId: createHash('sha256').update(der).digest('hex').slice(0, 16),
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

const signedBytes = (c: ChainCheckpoint) =>
  Buffer.from(
    canonicalJson({
      service: c.service,
      chain: c.chain,
      count: c.count,
      lastHash: c.lastHash,
      at: c.at,
      keyId: c.keyId,
    }),
  );

export function signCheckpoint(
  checkpoint: Omit<ChainCheckpoint, 'keyId'>,
  key: CheckpointKey,
): SignedCheckpoint {
  const body: ChainCheckpoint = { ...checkpoint, keyId: key.keyId };
  return { ...body, signature: sign(null, signedBytes(body), key.privateKey).toString('base64') };
}

/** True only for a well-formed checkpoint signed by this key; anything else is not a witness. */
export function checkpointSignatureValid(value: unknown, publicKey: KeyObject): boolean {
  if (!isSignedCheckpoint(value)) return false;
  try {
    return verify(null, signedBytes(value), publicKey, Buffer.from(value.signature, 'base64'));
  } catch {
    return false;
  }
}

function isSignedCheckpoint(value: unknown): value is SignedCheckpoint {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.service === 'string' &&
    typeof v.chain === 'string' &&
    Number.isSafeInteger(v.count) &&
    (v.count as number) >= 0 &&
    typeof v.lastHash === 'string' &&
    typeof v.at === 'string' &&
    typeof v.keyId === 'string' &&
    typeof v.signature === 'string'
  );
}

/** What a verifier reports of the checkpoint comparison, beside its own chain check. */
export interface CheckpointReport {
  status: CheckpointComparison['status'];
  missingTail: number;
  /** Records added since the checkpoint, when it holds. */
  sinceCheckpoint: number | null;
  checkpointCount: number | null;
  checkpointHash: string | null;
  checkpointAt: string | null;
}

export function checkpointReport(
  checkpoint: ChainCheckpoint | null,
  comparison: CheckpointComparison,
): CheckpointReport {
  return {
    status: comparison.status,
    missingTail: missingTailOf(comparison),
    sinceCheckpoint: comparison.status === 'ok' ? comparison.since : null,
    checkpointCount: checkpoint?.count ?? null,
    checkpointHash: checkpoint?.lastHash ?? null,
    checkpointAt: checkpoint?.at ?? null,
  };
}

/** The GraphQL enum ChainCheckpointStatus and the statuses it stands for, the same in every subgraph. */
export const CHECKPOINT_STATUS = {
  NONE: 'none',
  OK: 'ok',
  MISSING_TAIL: 'missing-tail',
  HEAD_MISMATCH: 'head-mismatch',
} as const;

export const checkpointStatusHolds = (status: CheckpointComparison['status']): boolean =>
  status === 'none' || status === 'ok';

/**
 * An audit chain's verification as the graph's AuditVerification shows it: the chain check and
 * the checkpoint comparison; ok only when both hold.
 */
export function auditVerification(verdict: ChainVerdict, checkpoint: CheckpointReport) {
  const witnessed = { missingTail: checkpoint.missingTail, checkpoint };
  return verdict.ok
    ? {
        ok: checkpointStatusHolds(checkpoint.status),
        checked: verdict.checked,
        firstBrokenSeq: null,
        reason: null,
        ...witnessed,
      }
    : {
        ok: false,
        checked: verdict.checked,
        firstBrokenSeq: verdict.firstBrokenSeq,
        reason: verdict.reason,
        ...witnessed,
      };
}
