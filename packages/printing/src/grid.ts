import { MARGIN } from './sheets.js';

/** A journal grid: people down the side, dates (or works) across, one short value per cell. */
export interface Grid {
  /** Printed above the grid on every sheet it takes, e.g. "7А · Алгебра · 2 четверть". */
  caption: string;
  /** The heading of the names column, e.g. "Ученик". */
  rowHeader: string;
  rows: readonly string[];
  columns: readonly string[];
  /** rows × columns; null or "" for an empty cell. */
  cells: readonly (readonly (string | null)[])[];
}

export interface GridLayout {
  nameWidth: number;
  /** No column is drawn narrower: a wider grid continues on the next sheet instead. */
  minColumnWidth: number;
  rowHeight: number;
  fontSize: number;
}

const DEFAULTS: GridLayout = { nameWidth: 160, minColumnWidth: 22, rowHeight: 14, fontSize: 7 };

/** How the columns and rows of a grid are split into sheets on a page of the given size. */
export function gridSheets(
  grid: Pick<Grid, 'rows' | 'columns'>,
  page: { width: number; height: number },
  layout: GridLayout = DEFAULTS,
): { columns: [number, number]; rows: [number, number] }[] {
  const across = Math.max(
    1,
    Math.floor((page.width - 2 * MARGIN - layout.nameWidth) / layout.minColumnWidth),
  );
  // Caption and header take three rows' height.
  const down = Math.max(1, Math.floor((page.height - 2 * MARGIN) / layout.rowHeight) - 3);
  const out: { columns: [number, number]; rows: [number, number] }[] = [];
  const columnCount = Math.max(grid.columns.length, 1);
  for (let c = 0; c < columnCount; c += across)
    for (let r = 0; r < Math.max(grid.rows.length, 1); r += down)
      out.push({
        columns: [c, Math.min(c + across, grid.columns.length)],
        rows: [r, Math.min(r + down, grid.rows.length)],
      });
  return out;
}

/**
 * Draws the grid from the top of a new sheet, continuing on as many sheets as it needs: columns
 * that do not fit at a readable width go to the following sheets with the names repeated, rows
 * that do not fit continue below on the next one. Each continued sheet says which columns and
 * rows it holds.
 */
export function drawGrid(
  doc: PDFKit.PDFDocument,
  grid: Grid,
  layout: Partial<GridLayout> = {},
): number {
  const l = { ...DEFAULTS, ...layout };
  const sheets = gridSheets(grid, { width: doc.page.width, height: doc.page.height }, l);
  sheets.forEach((sheet, i) => {
    if (i > 0 || doc.y > doc.page.margins.top + 1) doc.addPage();
    const [c0, c1] = sheet.columns;
    const [r0, r1] = sheet.rows;
    const columnWidth = Math.max(
      l.minColumnWidth,
      (doc.page.width - 2 * MARGIN - l.nameWidth) / Math.max(c1 - c0, 1),
    );
    const part =
      sheets.length > 1
        ? ` (графы ${c0 + 1}–${c1} из ${grid.columns.length}, строки ${r0 + 1}–${r1} из ${grid.rows.length})`
        : '';
    let y = MARGIN;
    doc
      .font('bold')
      .fontSize(l.fontSize + 3)
      .text(grid.caption + part, MARGIN, y, { lineBreak: false });
    y += l.rowHeight * 1.5;
    const cell = (text: string, x: number, width: number, font: string, size = l.fontSize) =>
      doc
        .font(font)
        .fontSize(size)
        .text(text, x + 2, y + 3, {
          width: width - 4,
          height: l.rowHeight,
          lineBreak: false,
          ellipsis: true,
        });
    const line = () => {
      doc.rect(MARGIN, y, l.nameWidth + columnWidth * (c1 - c0), l.rowHeight).stroke();
      for (let k = 0; k <= c1 - c0; k++) {
        const x = MARGIN + l.nameWidth + columnWidth * k;
        doc
          .moveTo(x, y)
          .lineTo(x, y + l.rowHeight)
          .stroke();
      }
    };
    doc.lineWidth(0.4);
    line();
    cell(grid.rowHeader, MARGIN, l.nameWidth, 'bold');
    for (let k = c0; k < c1; k++)
      // Headings are dates ("05.11"): the condensed face, a point smaller, fits them whole.
      cell(
        grid.columns[k]!,
        MARGIN + l.nameWidth + columnWidth * (k - c0),
        columnWidth,
        'condensed',
        l.fontSize - 0.5,
      );
    y += l.rowHeight;
    for (let r = r0; r < r1; r++) {
      line();
      cell(`${r + 1}. ${grid.rows[r]!}`, MARGIN, l.nameWidth, 'regular');
      for (let k = c0; k < c1; k++) {
        const value = grid.cells[r]?.[k];
        if (value)
          cell(value, MARGIN + l.nameWidth + columnWidth * (k - c0), columnWidth, 'condensed');
      }
      y += l.rowHeight;
    }
    doc.y = y + l.rowHeight / 2;
    doc.x = MARGIN;
  });
  return sheets.length;
}
