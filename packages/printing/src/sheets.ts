import PDFDocument from 'pdfkit';
import { sheetFonts } from './fonts.js';

export interface SheetsOptions {
  title: string;
  /** The organisation the document is from, e.g. the school's name. */
  author: string;
  subject?: string;
  layout?: 'portrait' | 'landscape';
  /**
   * When the document was made: written into the PDF instead of the wall clock, so the same
   * content rendered again (years later, from the archived snapshot) gives the same bytes.
   */
  createdAt: Date;
  fontDir?: string;
}

export interface Sheets {
  doc: PDFKit.PDFDocument;
  /** Numbers every sheet "лист N из M" and returns the finished PDF. */
  finish(): Promise<Buffer>;
}

export const MARGIN = 36;
const FOOTER_SIZE = 8;

/**
 * A PDF/A-2b document of A4 sheets in Russian, with the DejaVu fonts embedded as `regular`,
 * `bold` and `condensed`. Pages are kept until `finish`, which stamps each one with its number
 * and the total, as an archived sheet needs.
 */
export function createSheets(options: SheetsOptions): Sheets {
  const fonts = sheetFonts(options.fontDir);
  const doc = new PDFDocument({
    size: 'A4',
    layout: options.layout ?? 'portrait',
    margin: MARGIN,
    pdfVersion: '1.7',
    subset: 'PDF/A-2b',
    lang: 'ru-RU',
    tagged: true,
    displayTitle: true,
    bufferPages: true,
    info: {
      Title: options.title,
      Author: options.author,
      ...(options.subject ? { Subject: options.subject } : {}),
      Creator: 'Dnevnik Graph',
      Producer: 'Dnevnik Graph',
      CreationDate: options.createdAt,
      ModDate: options.createdAt,
    },
  });
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  doc.registerFont('condensed', fonts.condensed);
  doc.font('regular');
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return {
    doc,
    finish() {
      const { start, count } = doc.bufferedPageRange();
      for (let i = start; i < start + count; i++) {
        doc.switchToPage(i);
        // Inside the bottom margin: drawing there must not open a new page.
        const bottom = doc.page.margins.bottom;
        doc.page.margins.bottom = 0;
        doc
          .font('regular')
          .fontSize(FOOTER_SIZE)
          .text(`лист ${i - start + 1} из ${count}`, MARGIN, doc.page.height - MARGIN + 8, {
            width: doc.page.width - 2 * MARGIN,
            align: 'right',
            lineBreak: false,
          });
        doc.page.margins.bottom = bottom;
      }
      doc.end();
      return done;
    },
  };
}
