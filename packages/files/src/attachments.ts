import { badInput, requireText } from '@dnevnik/errors';
import type { FileStore } from './index.js';

/** An attachment as clients send it through GraphQL: the content in base64. */
export interface AttachmentInput {
  fileName: string;
  contentType: string;
  contentBase64: string;
}

export interface DecodedAttachment {
  fileName: string;
  contentType: string;
  content: Buffer;
}

export interface StoredAttachment {
  fileName: string;
  contentType: string;
  size: number;
  key: string;
}

/** The largest attachment anywhere in the journal: a photo of a page or a short document. */
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;
export const MAX_ATTACHMENTS = 10;

/** Checks and decodes attachments before anything is stored; a bad one refuses the request. */
export function decodeAttachments(
  inputs: readonly AttachmentInput[] | null | undefined,
): DecodedAttachment[] {
  const list = inputs ?? [];
  if (list.length > MAX_ATTACHMENTS) throw badInput(`Не больше ${MAX_ATTACHMENTS} вложений.`);
  return list.map((f, j) => {
    const content = Buffer.from(f.contentBase64, 'base64');
    if (content.length === 0 || content.length > MAX_ATTACHMENT_BYTES)
      throw badInput(`Вложение ${j + 1}: от 1 байта до 5 МБ.`);
    return {
      fileName: requireText(f.fileName, 'fileName', 200),
      contentType: requireText(f.contentType, 'contentType', 100),
      content,
    };
  });
}

/**
 * Puts decoded attachments into the store. Call before the database transaction: the store is
 * content-addressed, so a transaction that fails afterwards leaves only an unreferenced file.
 */
export async function storeAttachments(
  store: FileStore,
  files: readonly DecodedAttachment[],
): Promise<StoredAttachment[]> {
  return Promise.all(
    files.map(async (f) => ({
      fileName: f.fileName,
      contentType: f.contentType,
      size: f.content.length,
      key: await store.put(f.content),
    })),
  );
}
