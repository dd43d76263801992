import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withClient } from '@dnevnik/database/testing';
import { person, startSubgraphUnderTest } from '@dnevnik/service-runtime/testing';
import { archive } from '../../subgraph.js';

/**
 * Middle tier: the archive's database keeps documents for their retention and manifests for
 * ever (X4, X5), whatever statement reaches it; the service lists them to the school's leaders.
 */
const SCHOOL = randomUUID();
const YEAR = randomUUID();
let sut: Awaited<ReturnType<typeof startSubgraphUnderTest<typeof archive>>>;
const sql = (text: string, params: unknown[] = []) =>
  withClient(sut.database.url, (c) => c.query(text, params));

async function insertDocument(kind: string, retainUntil: string, archivedAt: string) {
  const id = randomUUID();
  await sql(
    `insert into archive_document (id, school_id, year_id, kind, title, retain_until, content_sha256,
       snapshot_sha256, snapshot, file_key, bytes, archived_at, archived_by)
     values ($1, $2, $3, $4, $5, $6, $7, $7, '{}', $10, 100, $8, $9)`,
    [
      id,
      SCHOOL,
      YEAR,
      kind,
      `Документ ${kind}`,
      retainUntil,
      'a'.repeat(64),
      archivedAt,
      randomUUID(),
      `files/${id}`,
    ],
  );
  return id;
}

beforeAll(async () => {
  sut = await startSubgraphUnderTest(archive);
});
afterAll(() => sut?.stop());

describe('retention at the database (X5)', () => {
  it('refuses a DELETE of a 25-year summary sheet before its time, and any UPDATE', async () => {
    const id = await insertDocument('summary_sheet', '2053-01-01', '2027-06-30T10:00:00Z');
    await expect(sql(`delete from archive_document where id = $1`, [id])).rejects.toThrow(
      /kept until 2053-01-01/,
    );
    await expect(
      sql(`update archive_document set retain_until = '2000-01-01' where id = $1`, [id]),
    ).rejects.toThrow(/never changed/);
    await expect(sql(`truncate archive_document`)).rejects.toThrow(/never changed or deleted/);
    const left = await sql(`select retain_until::text from archive_document where id = $1`, [id]);
    expect(left.rows).toEqual([{ retain_until: '2053-01-01' }]);
  });

  it('lets a document go once its retention has ended', async () => {
    const id = await insertDocument('period_printout', '2020-01-01', '2014-10-30T10:00:00Z');
    await sql(`delete from archive_document where id = $1`, [id]);
    expect((await sql(`select 1 from archive_document where id = $1`, [id])).rowCount).toBe(0);
  });

  it('never changes or deletes a manifest line', async () => {
    await sql(
      `insert into archive_manifest_line values ($1, 1, $2, 'summary_sheet', $3, $3, '2027-06-30T10:00:00.000Z', $4, $3)`,
      [`manifest:${SCHOOL}:${YEAR}`, randomUUID(), 'b'.repeat(64), '0'.repeat(64)],
    );
    await expect(sql(`delete from archive_manifest_line`)).rejects.toThrow(/never changed/);
    await expect(sql(`update archive_manifest_line set seq = 2`)).rejects.toThrow(/never changed/);
    await expect(sql(`truncate archive_manifest_line`)).rejects.toThrow(/never changed/);
  });
});

describe('archiveDocuments', () => {
  const LIST = `query($s: ID!, $y: ID!) { archiveDocuments(schoolId: $s, yearId: $y) { id kind retainUntil archivedAt } }`;

  it('lists a year’s documents, oldest first, to the director', async () => {
    const first = await insertDocument('period_printout', '2032-01-01', '2026-10-26T10:00:00Z');
    const second = await insertDocument('year_volume', '2033-01-01', '2027-06-30T10:00:00Z');
    const director = person(randomUUID(), [{ role: 'director', schoolId: SCHOOL }]);
    const res = await sut.ok<{ archiveDocuments: { id: string; kind: string }[] }>(
      LIST,
      { s: SCHOOL, y: YEAR },
      director,
    );
    const ids = res.archiveDocuments.map((d) => d.id);
    expect(ids.indexOf(first)).toBeLessThan(ids.indexOf(second));
    expect(res.archiveDocuments.find((d) => d.id === second)).toEqual({
      id: second,
      kind: 'YEAR_VOLUME',
      retainUntil: '2033-01-01',
      archivedAt: '2027-06-30T10:00:00.000Z',
    });
  });

  it('refuses a teacher, another school’s director and the archive’s own token', async () => {
    const viewers = [
      person(randomUUID(), [{ role: 'subject_teacher', schoolId: SCHOOL }]),
      person(randomUUID(), [{ role: 'director', schoolId: randomUUID() }]),
      {
        kind: 'service' as const,
        serviceId: 'archive',
        sessionId: randomUUID(),
        roles: [{ role: 'archivist' as const, schoolId: SCHOOL, regionId: null, classId: null }],
      },
    ];
    for (const viewer of viewers) {
      const res = await sut.gql(LIST, { s: SCHOOL, y: YEAR }, viewer);
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});
