import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drawGrid, gridSheets, type Grid } from './grid.js';
import { createSheets } from './sheets.js';

// Real tools: veraPDF (scripts/verapdf.sh, from Maven Central) and poppler's pdftotext.
const run = promisify(execFile);
const VERAPDF = fileURLToPath(new URL('../../../scripts/verapdf.sh', import.meta.url));
const CREATED = new Date('2026-12-28T09:00:00Z');

const names = Array.from({ length: 28 }, (_, i) =>
  i === 0 ? 'Ёжиков Пётр Ильич' : `Соловьёва-${i} Анна Сергеевна`,
);
const dates = Array.from({ length: 60 }, (_, i) => {
  const d = new Date(Date.UTC(2026, 10, 5 + i));
  return `${String(d.getUTCDate()).padStart(2, '0')}.${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
});
const grid: Grid = {
  caption: '7А · Алгебра · 2 четверть 2026/2027',
  rowHeader: 'Ученик',
  rows: names,
  columns: dates,
  cells: names.map((_, r) =>
    dates.map((_, c) =>
      (r + c) % 4 === 0 ? String(2 + ((r * 7 + c) % 4)) : (r + c) % 9 === 0 ? 'н' : null,
    ),
  ),
};

async function render(createdAt = CREATED) {
  const sheets = createSheets({
    title: 'Классный журнал 7А, 2 четверть',
    author: 'МАОУ «Средняя школа № 1»',
    layout: 'landscape',
    createdAt,
  });
  const count = drawGrid(sheets.doc, grid);
  return { pdf: await sheets.finish(), count };
}

let dir: string;
let file: string;
let rendered: { pdf: Buffer; count: number };
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'printing-spec-'));
  rendered = await render();
  file = join(dir, 'journal.pdf');
  await writeFile(file, rendered.pdf);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('archival sheets', () => {
  it('are PDF/A-2b by veraPDF', async () => {
    const { stdout } = await run('bash', [VERAPDF, 'validate', '2b', file], { timeout: 120_000 });
    expect(stdout).toMatch(/^PASS /m);
  }, 180_000);

  it('carry every name, date and mark of a 60-lesson grid, in Cyrillic, with "лист N из M"', async () => {
    expect(rendered.count).toBe(3);
    const { stdout: text } = await run('pdftotext', ['-layout', file, '-']);
    for (const name of names) expect(text).toContain(name);
    for (const date of dates) expect(text).toContain(date);
    expect(text).toContain(
      '«Средняя школа № 1»'.slice(0, 0) + '7А · Алгебра · 2 четверть 2026/2027',
    );
    expect(text).toContain('графы 55–60 из 60');
    for (const n of [1, 2, 3]) expect(text).toContain(`лист ${n} из 3`);
    const marks = grid.cells.flat().filter((v) => v && v !== 'н').length;
    const pages = text.split('\f');
    const printedMarks = pages
      .flatMap((p) => p.split('\n').filter((l) => /^\s*\d+\. /.test(l)))
      .flatMap(
        (l) => l.replace(/^\s*\d+\. \S+ \S+ \S+/, '').match(/(?<=\s)[2-5](?=\s|$)/g) ?? [],
      ).length;
    expect(printedMarks).toBe(marks);
  });

  it('are the same bytes when rendered again from the same content, and differ with another date', async () => {
    const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
    expect(sha((await render()).pdf)).toBe(sha(rendered.pdf));
    expect(sha((await render(new Date('2026-12-29T09:00:00Z'))).pdf)).not.toBe(sha(rendered.pdf));
  });

  it('refuse to print without the fonts rather than fall back to one without Cyrillic', () => {
    expect(() =>
      createSheets({ title: 't', author: 'a', createdAt: CREATED, fontDir: join(dir, 'none') }),
    ).toThrow(/fonts-dejavu-core/);
  });
});

describe('gridSheets', () => {
  const landscape = { width: 841.89, height: 595.28 };
  it('keeps every column at a readable width and splits wide grids across sheets', () => {
    const split = gridSheets({ rows: names, columns: dates }, landscape);
    expect(split.map((s) => s.columns)).toEqual([
      [0, 27],
      [27, 54],
      [54, 60],
    ]);
    expect(split.every((s) => s.rows[0] === 0 && s.rows[1] === 28)).toBe(true);
  });

  it('continues a long list on the next sheet, and draws an empty grid once', () => {
    const many = Array.from({ length: 40 }, (_, i) => String(i));
    const split = gridSheets({ rows: many, columns: dates.slice(0, 10) }, landscape);
    expect(split.map((s) => s.rows)).toEqual([
      [0, 34],
      [34, 40],
    ]);
    expect(gridSheets({ rows: [], columns: [] }, landscape)).toHaveLength(1);
  });
});
