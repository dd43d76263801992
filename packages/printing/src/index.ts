export { DEFAULT_FONT_DIR, sheetFonts, type SheetFonts } from './fonts.js';
export { createSheets, MARGIN, type Sheets, type SheetsOptions } from './sheets.js';
export { drawGrid, gridSheets, type Grid, type GridLayout } from './grid.js';
