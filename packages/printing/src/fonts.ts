import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Where Debian's fonts-dejavu-core puts DejaVu; fonts are never fetched from the network. */
export const DEFAULT_FONT_DIR = '/usr/share/fonts/truetype/dejavu';

export interface SheetFonts {
  regular: string;
  bold: string;
  /** Narrower, for grids with many columns. */
  condensed: string;
}

const FILES: SheetFonts = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  condensed: 'DejaVuSansCondensed.ttf',
};

/**
 * The font files a sheet embeds (PDF/A requires every font embedded). DejaVu covers Cyrillic,
 * «», № and the dashes; a missing file is a clear error, not a PDF in a fallback font.
 */
export function sheetFonts(dir: string = DEFAULT_FONT_DIR): SheetFonts {
  const found = Object.fromEntries(
    Object.entries(FILES).map(([k, file]) => [k, join(dir, file)]),
  ) as unknown as SheetFonts;
  const missing = Object.values(found).filter((f) => !existsSync(f));
  if (missing.length > 0)
    throw new Error(
      `fonts for printing not found: ${missing.join(', ')} (Debian: apt-get install fonts-dejavu-core)`,
    );
  return found;
}
