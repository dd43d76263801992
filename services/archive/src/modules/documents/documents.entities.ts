import { EntitySchema } from '@mikro-orm/postgresql';
import type { DocumentKind } from './retention.rules.js';

/**
 * An archived document: the PDF in the file store under `fileKey`, the canonical JSON snapshot
 * it was rendered from, and their hashes. Never changed; deleted only after `retainUntil` (X5).
 */
export class ArchiveDocument {
  id!: string;
  schoolId!: string;
  yearId!: string;
  classId: string | null = null;
  periodId: string | null = null;
  kind!: DocumentKind;
  title!: string;
  retainUntil!: string;
  contentSha256!: string;
  snapshotSha256!: string;
  snapshot!: unknown;
  fileKey!: string;
  bytes!: number;
  archivedAt!: Date;
  archivedBy!: string;
}

/** A line of a school-year manifest (see manifest.rules.ts). */
export class ManifestLineRow {
  chain!: string;
  seq!: number;
  documentId!: string;
  kind!: string;
  contentSha256!: string;
  snapshotSha256!: string;
  /** ISO-8601 text, hashed as written. */
  archivedAt!: string;
  prevHash!: string;
  hash!: string;
}

const date = { type: 'string', columnType: 'date' } as const;

export const ArchiveDocumentSchema = new EntitySchema<ArchiveDocument>({
  class: ArchiveDocument,
  tableName: 'archive_document',
  properties: {
    id: { type: 'uuid', primary: true },
    schoolId: { type: 'uuid' },
    yearId: { type: 'uuid' },
    classId: { type: 'uuid', nullable: true },
    periodId: { type: 'uuid', nullable: true },
    kind: { type: 'text' },
    title: { type: 'text' },
    retainUntil: date,
    contentSha256: { type: 'string', columnType: 'char(64)' },
    snapshotSha256: { type: 'string', columnType: 'char(64)' },
    // Loaded only when asked for: a list of documents never carries their snapshots.
    snapshot: { type: 'json', lazy: true },
    fileKey: { type: 'text' },
    bytes: { type: 'integer' },
    archivedAt: { type: 'Date', columnType: 'timestamptz' },
    archivedBy: { type: 'uuid' },
  },
});

export const ManifestLineSchema = new EntitySchema<ManifestLineRow>({
  class: ManifestLineRow,
  tableName: 'archive_manifest_line',
  properties: {
    chain: { type: 'text', primary: true },
    seq: { type: 'integer', primary: true },
    documentId: { type: 'uuid' },
    kind: { type: 'text' },
    contentSha256: { type: 'string', columnType: 'char(64)' },
    snapshotSha256: { type: 'string', columnType: 'char(64)' },
    archivedAt: { type: 'text' },
    prevHash: { type: 'string', columnType: 'char(64)' },
    hash: { type: 'string', columnType: 'char(64)', unique: true },
  },
});
