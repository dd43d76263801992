import { createHash } from 'node:crypto';
import { appendFile, mkdir, open } from 'node:fs/promises';
import { join } from 'node:path';
import type { KeyObject } from 'node:crypto';
import { checkpointSignatureValid, type SignedCheckpoint } from './checkpoint.js';

/**
 * Signed checkpoints kept outside the database, one append-only file of JSON lines per chain.
 * The directory belongs on storage the database owner cannot write (another volume, an
 * append-only mount, object storage with retention); the signature makes a forged line useless
 * even to someone who can write there, and the same checkpoints travel through Kafka.
 */
export interface CheckpointLog {
  append(checkpoint: SignedCheckpoint): Promise<void>;
  /** The newest checkpoint of the chain that this key signed; lines that do not verify are skipped. */
  latest(chain: string): Promise<SignedCheckpoint | null>;
}

/** How much of a file's end is read first: many checkpoints, so the whole file is rarely needed. */
const TAIL_BYTES = 16 * 1024;

export function createCheckpointLog(directory: string, publicKey: KeyObject): CheckpointLog {
  // Chain names hold colons and ids; a hash makes a safe, fixed-length file name.
  const fileOf = (chain: string) =>
    join(directory, `${createHash('sha256').update(chain).digest('hex')}.jsonl`);

  function newestValid(text: string, chain: string, complete: boolean): SignedCheckpoint | null {
    const lines = text.split('\n');
    // A partial first line of a tail read is not a record.
    const from = complete ? 0 : 1;
    for (let i = lines.length - 1; i >= from; i--) {
      const line = lines[i]!.trim();
      if (!line) continue;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        continue;
      }
      if (checkpointSignatureValid(value, publicKey) && (value as SignedCheckpoint).chain === chain)
        return value as SignedCheckpoint;
    }
    return null;
  }

  return {
    async append(checkpoint) {
      await mkdir(directory, { recursive: true });
      await appendFile(fileOf(checkpoint.chain), `${JSON.stringify(checkpoint)}\n`, {
        flag: 'a',
      });
    },
    async latest(chain) {
      const file = await open(fileOf(chain), 'r').catch((err: NodeJS.ErrnoException) => {
        if (err.code === 'ENOENT') return null;
        throw err;
      });
      if (!file) return null;
      try {
        const { size } = await file.stat();
        const start = Math.max(0, size - TAIL_BYTES);
        const tail = Buffer.alloc(size - start);
        await file.read(tail, 0, tail.length, start);
        const found = newestValid(tail.toString('utf8'), chain, start === 0);
        if (found || start === 0) return found;
        const whole = Buffer.alloc(size);
        await file.read(whole, 0, size, 0);
        return newestValid(whole.toString('utf8'), chain, true);
      } finally {
        await file.close();
      }
    },
  };
}
