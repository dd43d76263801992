import { GENESIS_HASH, recordHash } from '@dnevnik/audit';

/**
 * X4: every archived document has a line in its school-year manifest, chained to the line
 * before: the line holds the hash of the PDF and of the snapshot it was rendered from. Changing
 * a PDF breaks its line's content check, removing a line or reordering them breaks the chain at
 * the next line, and a document whose file is gone is named as missing.
 */
export interface ManifestLine {
  seq: number;
  documentId: string;
  kind: string;
  /** SHA-256 (hex) of the PDF bytes. */
  contentSha256: string;
  /** SHA-256 (hex) of the canonical JSON snapshot the PDF was rendered from. */
  snapshotSha256: string;
  archivedAt: string;
  prevHash: string;
  hash: string;
}

/** The chain of one school's year: `manifest:<schoolId>:<yearId>`. */
export const manifestChain = (schoolId: string, yearId: string) => `manifest:${schoolId}:${yearId}`;

export function manifestLineHash(line: Omit<ManifestLine, 'hash'>): string {
  return recordHash({
    seq: line.seq,
    documentId: line.documentId,
    kind: line.kind,
    contentSha256: line.contentSha256,
    snapshotSha256: line.snapshotSha256,
    archivedAt: line.archivedAt,
    prevHash: line.prevHash,
  });
}

/** The next line of a chain whose last line is `last` (undefined: the chain is empty). */
export function nextManifestLine(
  last: Pick<ManifestLine, 'seq' | 'hash'> | undefined,
  entry: Pick<
    ManifestLine,
    'documentId' | 'kind' | 'contentSha256' | 'snapshotSha256' | 'archivedAt'
  >,
): ManifestLine {
  const line = { ...entry, seq: (last?.seq ?? 0) + 1, prevHash: last?.hash ?? GENESIS_HASH };
  return { ...line, hash: manifestLineHash(line) };
}

export type ManifestVerdict =
  | { ok: true; checked: number }
  | {
      ok: false;
      checked: number;
      documentId: string;
      reason: 'chain-broken' | 'line-altered' | 'content-changed' | 'missing';
    };

/**
 * Checks a manifest in order against what the store holds now: `contentOf(documentId)` is the
 * SHA-256 of the stored PDF, or null when the file is gone. Names the first document that fails.
 */
export function verifyManifest(
  lines: readonly ManifestLine[],
  contentOf: (documentId: string) => string | null,
): ManifestVerdict {
  let prev = GENESIS_HASH;
  let checked = 0;
  for (const [i, line] of lines.entries()) {
    const fail = (reason: Extract<ManifestVerdict, { ok: false }>['reason']): ManifestVerdict => ({
      ok: false,
      checked,
      documentId: line.documentId,
      reason,
    });
    if (line.prevHash !== prev || line.seq !== i + 1) return fail('chain-broken');
    if (manifestLineHash(line) !== line.hash) return fail('line-altered');
    const content = contentOf(line.documentId);
    if (content === null) return fail('missing');
    if (content !== line.contentSha256) return fail('content-changed');
    prev = line.hash;
    checked++;
  }
  return { ok: true, checked };
}
