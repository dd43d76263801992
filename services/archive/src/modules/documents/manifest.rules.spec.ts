import { describe, expect, it } from 'vitest';
import {
  manifestChain,
  nextManifestLine,
  verifyManifest,
  type ManifestLine,
} from './manifest.rules.js';

const sha = (c: string) => c.repeat(64).slice(0, 64);

function chainOf(n: number): ManifestLine[] {
  const lines: ManifestLine[] = [];
  for (let i = 0; i < n; i++)
    lines.push(
      nextManifestLine(lines.at(-1), {
        documentId: `d${i + 1}`,
        kind: i === n - 1 ? 'summary_sheet' : 'period_printout',
        contentSha256: sha(String(i + 1)),
        snapshotSha256: sha('f'),
        archivedAt: `2027-06-2${i}T10:00:00.000Z`,
      }),
    );
  return lines;
}
const stored = (lines: ManifestLine[]) => {
  const map = new Map(lines.map((l) => [l.documentId, l.contentSha256]));
  return (id: string) => map.get(id) ?? null;
};

describe('the manifest chain (X4)', () => {
  it('verifies an intact chain line by line', () => {
    const lines = chainOf(4);
    expect(lines.map((l) => l.seq)).toEqual([1, 2, 3, 4]);
    expect(lines[1]!.prevHash).toBe(lines[0]!.hash);
    expect(verifyManifest(lines, stored(lines))).toEqual({ ok: true, checked: 4 });
    expect(verifyManifest([], () => null)).toEqual({ ok: true, checked: 0 });
  });

  it('names a document whose PDF changed, and one whose file is gone', () => {
    const lines = chainOf(4);
    const contents = stored(lines);
    expect(verifyManifest(lines, (id) => (id === 'd3' ? sha('9') : contents(id)))).toEqual({
      ok: false,
      checked: 2,
      documentId: 'd3',
      reason: 'content-changed',
    });
    expect(verifyManifest(lines, (id) => (id === 'd2' ? null : contents(id)))).toMatchObject({
      documentId: 'd2',
      reason: 'missing',
    });
  });

  it('names the line after a removed one, and the first of two swapped ones', () => {
    const lines = chainOf(4);
    const removed = [lines[0]!, lines[2]!, lines[3]!];
    expect(verifyManifest(removed, stored(lines))).toMatchObject({
      documentId: 'd3',
      reason: 'chain-broken',
    });
    const swapped = [lines[0]!, lines[2]!, lines[1]!, lines[3]!];
    expect(verifyManifest(swapped, stored(lines))).toMatchObject({ documentId: 'd3' });
    expect(verifyManifest(lines.slice(1), stored(lines))).toMatchObject({ documentId: 'd2' });
  });

  it('names a line rewritten to match a replaced PDF, by its own hash', () => {
    const lines = chainOf(3);
    const forged = lines.map((l) =>
      l.documentId === 'd2' ? { ...l, contentSha256: sha('7') } : l,
    );
    expect(verifyManifest(forged, (id) => (id === 'd2' ? sha('7') : stored(lines)(id)))).toEqual({
      ok: false,
      checked: 1,
      documentId: 'd2',
      reason: 'line-altered',
    });
  });

  it('every covered field changes the hash', () => {
    const [line] = chainOf(1);
    const fields = ['documentId', 'kind', 'contentSha256', 'snapshotSha256', 'archivedAt'] as const;
    for (const field of fields) {
      const changed = nextManifestLine(undefined, { ...line!, [field]: `${line![field]}x` });
      expect(changed.hash).not.toBe(line!.hash);
    }
  });

  it('keeps one chain per school and year', () => {
    expect(manifestChain('s1', 'y1')).toBe('manifest:s1:y1');
    expect(manifestChain('s1', 'y2')).not.toBe(manifestChain('s1', 'y1'));
  });
});
