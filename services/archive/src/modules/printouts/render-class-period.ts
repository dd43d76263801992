import { createSheets, drawGrid, MARGIN } from '@dnevnik/printing';
import {
  fullDate,
  signatureLines,
  subjectGrid,
  subjectsInOrder,
  topicLines,
  type ClassPeriodSnapshot,
} from './class-period.rules.js';

/**
 * The period printout of a class (X1) as a PDF/A-2b: a heading sheet, then per subject its grid
 * of marks and attendance and its topics and homework, then the signature lines. Everything
 * comes from the snapshot, its date included, so rendering it again gives the same bytes.
 */
export async function renderClassPeriod(
  s: ClassPeriodSnapshot,
  options: { fontDir?: string } = {},
): Promise<Buffer> {
  const title = `Классный журнал ${s.schoolClass.name}, ${s.period.name} ${s.year.name}`;
  const sheets = createSheets({
    title,
    author: s.school.name,
    subject: 'Печатная форма электронного журнала за отчётный период',
    layout: 'landscape',
    createdAt: new Date(s.takenAt),
    ...(options.fontDir ? { fontDir: options.fontDir } : {}),
  });
  const { doc } = sheets;
  const width = doc.page.width - 2 * MARGIN;
  doc.font('bold').fontSize(16).text(s.school.name, MARGIN, MARGIN, { width });
  doc.moveDown(0.5).fontSize(14).text(title, { width });
  doc
    .moveDown(0.5)
    .font('regular')
    .fontSize(10)
    .text(`Период: ${fullDate(s.period.startsOn)} — ${fullDate(s.period.endsOn)}`, { width })
    .text(`Сформировано: ${fullDate(s.takenAt.slice(0, 10))}`, { width });
  doc.moveDown(0.5).text('Предметы:', { width });
  for (const subject of subjectsInOrder(s))
    doc.text(`• ${subject.subject}${subject.group ? ` (${subject.group})` : ''}`, { width });

  for (const subject of subjectsInOrder(s)) {
    doc.addPage();
    drawGrid(doc, subjectGrid(s, subject));
    doc.addPage();
    doc
      .font('bold')
      .fontSize(10)
      .text(`${s.schoolClass.name} · ${subject.subject} · темы уроков и домашние задания`, {
        width,
      });
    doc.moveDown(0.3).font('regular').fontSize(8);
    for (const line of topicLines(subject)) {
      const homework = line.homework ? ` Д/з: ${line.homework}` : '';
      doc.text(`${line.date}  ${line.topic}.${homework}`, { width });
    }
  }

  doc.addPage();
  doc.font('bold').fontSize(11).text('Подписи', MARGIN, MARGIN, { width });
  doc.moveDown(0.5).font('regular').fontSize(10);
  for (const line of signatureLines(s)) {
    doc.text(`${line.role}: ____________________ ${line.name}`, { width });
    doc.moveDown(0.6);
  }
  return sheets.finish();
}
