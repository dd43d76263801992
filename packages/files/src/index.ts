import { createHash } from 'node:crypto';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Where attachments (homework files, message attachments, archived documents) live. */
export interface FileStore {
  /** Stores the bytes and returns a key; the same bytes always get the same key. */
  put(content: Buffer): Promise<string>;
  get(key: string): Promise<Buffer | null>;
}

const KEY = /^[0-9a-f]{64}$/;

/**
 * Files on local disk, addressed by their sha256, so an attachment cannot be replaced under the
 * same key and duplicates are stored once. Production may plug in the region's object storage.
 */
export function createLocalFileStore(directory: string): FileStore {
  const pathOf = (key: string) => join(directory, key.slice(0, 2), key);
  return {
    async put(content) {
      const key = createHash('sha256').update(content).digest('hex');
      const path = pathOf(key);
      const exists = await stat(path).then(
        () => true,
        () => false,
      );
      if (!exists) {
        await mkdir(join(directory, key.slice(0, 2)), { recursive: true });
        await writeFile(path, content, { flag: 'wx' }).catch((err: NodeJS.ErrnoException) => {
          if (err.code !== 'EEXIST') throw err;
        });
      }
      return key;
    },
    async get(key) {
      if (!KEY.test(key)) return null;
      return readFile(pathOf(key)).catch(() => null);
    },
  };
}

export {
  decodeAttachments,
  storeAttachments,
  MAX_ATTACHMENT_BYTES,
  MAX_ATTACHMENTS,
  type AttachmentInput,
  type DecodedAttachment,
  type StoredAttachment,
} from './attachments.js';
