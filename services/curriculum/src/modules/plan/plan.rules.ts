import type { IsoDate } from '../calendar/index.js';

/** Kinds of lessons a plan names explicitly (S6: practical, laboratory, control works, excursions). */
export type LessonKind =
  'regular' | 'control' | 'laboratory' | 'practical' | 'excursion' | 'test' | 'project';

export const LESSON_KINDS: readonly LessonKind[] = [
  'regular',
  'control',
  'laboratory',
  'practical',
  'excursion',
  'test',
  'project',
];

/** The names teachers write in their plans, in the order a message lists them. */
export const LESSON_KIND_NAMES: Record<LessonKind, string> = {
  regular: 'урок',
  control: 'контрольная работа',
  laboratory: 'лабораторная работа',
  practical: 'практическая работа',
  excursion: 'экскурсия',
  test: 'зачёт',
  project: 'проект',
};

export interface PlanTopicInput {
  title: string;
  hours: number;
  kind: LessonKind;
}

export const MAX_TITLE_LENGTH = 500;
/** A topic may span several lessons; 200 is more than any subject has in a year. */
export const MAX_TOPIC_HOURS = 200;

export type PlanValidation = { ok: true } | { ok: false; problems: string[]; difference: number };

/** Length in characters as a person counts them, not UTF-16 code units. */
function charCount(s: string): number {
  return [...s].length;
}

function isLessonKind(value: unknown): value is LessonKind {
  return (LESSON_KINDS as readonly unknown[]).includes(value);
}

function titleProblem(title: string): string | null {
  const t = title.trim();
  if (t.length === 0) return 'не указано название темы';
  if (charCount(t) > MAX_TITLE_LENGTH) return `название темы длиннее ${MAX_TITLE_LENGTH} символов`;
  return null;
}

function hoursProblem(hours: number): string | null {
  if (!Number.isInteger(hours) || hours < 1 || hours > MAX_TOPIC_HOURS) {
    return `количество часов должно быть целым числом от 1 до ${MAX_TOPIC_HOURS}`;
  }
  return null;
}

/**
 * Checks a calendar-thematic plan (S6): every topic well-formed and the hours of the whole plan
 * equal to the curriculum. The total message names the shortfall or excess in hours, because
 * that number is what the teacher has to fix; `difference` is planned minus curriculum, so it is
 * negative when hours are missing and 0 when only topics are at fault.
 */
export function validatePlan(topics: PlanTopicInput[], curriculumHours: number): PlanValidation {
  const problems: string[] = [];
  if (topics.length === 0) problems.push('В плане нет ни одной темы.');
  let planned = 0;
  topics.forEach((topic, i) => {
    const n = i + 1;
    const title = titleProblem(topic.title);
    if (title) problems.push(`Тема ${n}: ${title}.`);
    const hours = hoursProblem(topic.hours);
    if (hours) problems.push(`Тема ${n}: ${hours}.`);
    if (!isLessonKind(topic.kind))
      problems.push(`Тема ${n}: неизвестный вид урока «${topic.kind}».`);
    // Still count hours that are wrong but numeric, so the total message matches what is typed.
    if (Number.isFinite(topic.hours)) planned += topic.hours;
  });
  const difference = planned - curriculumHours;
  if (topics.length > 0 && difference !== 0) {
    const gap = difference < 0 ? `не хватает ${-difference} ч.` : `лишние ${difference} ч.`;
    problems.push(`В плане ${planned} ч, по учебному плану ${curriculumHours} ч: ${gap}`);
  }
  return problems.length === 0 ? { ok: true } : { ok: false, problems, difference };
}

/** S6: the plan of a year is due by 1 September of the calendar year in which the year starts. */
export function planDeadline(yearStartsOn: IsoDate): IsoDate {
  const year = /^(\d{4})-\d{2}-\d{2}$/.exec(yearStartsOn)?.[1];
  if (!year) throw new RangeError(`Not an ISO calendar date: ${JSON.stringify(yearStartsOn)}`);
  return `${year}-09-01`;
}

/** A plan submitted on 1 September (school-local date) is on time; from 2 September it is late. */
export function isPlanLate(submittedLocalDate: IsoDate, yearStartsOn: IsoDate): boolean {
  return submittedLocalDate > planDeadline(yearStartsOn);
}

export interface PlanImportError {
  /** 1-based row as a spreadsheet shows it; the header is row 1. */
  row: number;
  message: string;
}

export interface PlanImport {
  topics: PlanTopicInput[];
  errors: PlanImportError[];
}

/** Header text → key, after normalising case, ё and spaces; a few common spellings besides. */
const HEADERS: Record<string, 'title' | 'hours' | 'kind'> = {
  тема: 'title',
  'тема урока': 'title',
  'название темы': 'title',
  title: 'title',
  часы: 'hours',
  'количество часов': 'hours',
  'кол-во часов': 'hours',
  hours: 'hours',
  вид: 'kind',
  'вид урока': 'kind',
  kind: 'kind',
};

const COLUMN_NAMES = { title: 'Тема', hours: 'Часы', kind: 'Вид' } as const;

/** Lower case, ё as е, runs of spaces as one: how teachers' spelling varies in practice. */
function normalise(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/\s+/g, ' ');
}

const KIND_BY_NAME = new Map<string, LessonKind>();
for (const kind of LESSON_KINDS) {
  KIND_BY_NAME.set(normalise(LESSON_KIND_NAMES[kind]), kind);
  // Files exported from this journal, or written with English headers, carry the codes.
  KIND_BY_NAME.set(kind, kind);
}

function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  return typeof cell === 'string' ? cell : String(cell);
}

function isBlankRow(row: unknown[]): boolean {
  return row.every((cell) => cellText(cell).trim() === '');
}

/**
 * Hours as a whole number: spreadsheets give numbers, CSV gives text, sometimes with a decimal
 * comma ("4,0"). Returns null for anything that is not a positive whole number.
 */
function parseHours(cell: unknown): number | null {
  let n: number;
  if (typeof cell === 'number') {
    n = cell;
  } else {
    const text = cellText(cell).trim();
    if (!/^\d+(?:[.,]\d+)?$/.test(text)) return null;
    n = Number(text.replace(',', '.'));
  }
  return Number.isInteger(n) && n >= 1 ? n : null;
}

/**
 * Reads plan rows already split into cells (from CSV or an XLSX reader). The first non-blank row
 * is the header; columns are found by name, so their order and extra columns (e.g. «№») do not
 * matter. Blank rows are skipped but still counted, so row numbers match the spreadsheet.
 * A row with errors gives no topic; the others are still returned so the teacher sees all errors
 * of the file at once.
 */
export function parsePlanRows(rows: unknown[][]): PlanImport {
  const headerIndex = rows.findIndex((row) => !isBlankRow(row));
  if (headerIndex < 0) {
    return {
      topics: [],
      errors: [{ row: 1, message: 'Строка 1: файл пуст, нет строки заголовка.' }],
    };
  }
  const header = rows[headerIndex]!;
  const column: Partial<Record<'title' | 'hours' | 'kind', number>> = {};
  header.forEach((cell, i) => {
    const key = HEADERS[normalise(cellText(cell))];
    if (key && column[key] === undefined) column[key] = i;
  });
  const missing = (['title', 'hours'] as const).filter((k) => column[k] === undefined);
  const headerRow = headerIndex + 1;
  if (missing.length > 0) {
    const names = missing.map((k) => `«${COLUMN_NAMES[k]}»`).join(' и ');
    return {
      topics: [],
      errors: [
        {
          row: headerRow,
          message: `Строка ${headerRow}: ${missing.length > 1 ? 'нет обязательных столбцов' : 'нет обязательного столбца'} ${names}.`,
        },
      ],
    };
  }

  const topics: PlanTopicInput[] = [];
  const errors: PlanImportError[] = [];
  for (let i = headerIndex + 1; i < rows.length; i++) {
    const cells = rows[i]!;
    if (isBlankRow(cells)) continue;
    const row = i + 1;
    const problems: string[] = [];

    const title = cellText(cells[column.title!]).trim();
    const titleIssue = titleProblem(title);
    if (titleIssue) problems.push(titleIssue);

    const rawHours = cells[column.hours!];
    const hours = parseHours(rawHours);
    const hoursShown = cellText(rawHours).trim();
    if (hours === null) {
      problems.push(
        hoursShown === ''
          ? 'не указано количество часов'
          : `количество часов должно быть целым положительным числом, указано «${hoursShown}»`,
      );
    } else if (hours > MAX_TOPIC_HOURS) {
      problems.push(`количество часов не может быть больше ${MAX_TOPIC_HOURS}, указано ${hours}`);
    }

    let kind: LessonKind = 'regular';
    if (column.kind !== undefined) {
      const kindText = cellText(cells[column.kind]).trim();
      if (kindText !== '') {
        const found = KIND_BY_NAME.get(normalise(kindText));
        if (found) kind = found;
        else {
          problems.push(
            `неизвестный вид «${kindText}», допустимые: ${LESSON_KINDS.map((k) => LESSON_KIND_NAMES[k]).join(', ')}`,
          );
        }
      }
    }

    for (const p of problems) errors.push({ row, message: `Строка ${row}: ${p}.` });
    if (problems.length === 0) topics.push({ title, hours: hours!, kind });
  }
  return { topics, errors };
}

/** Which separator the header uses: Russian Excel writes `;` (the comma is the decimal mark). */
function detectSeparator(text: string): string {
  const firstLine = text.split(/\r\n|\n|\r/).find((line) => line.trim() !== '') ?? '';
  let best = ';';
  let bestCount = 0;
  for (const sep of [';', ',', '\t']) {
    let count = 0;
    let quoted = false;
    for (const ch of firstLine) {
      if (ch === '"') quoted = !quoted;
      else if (ch === sep && !quoted) count++;
    }
    if (count > bestCount) {
      best = sep;
      bestCount = count;
    }
  }
  return best;
}

/**
 * Splits CSV text into records (RFC 4180 plus what spreadsheet programs actually write): quoted
 * fields may hold separators, line breaks and "" for a quote; CRLF, LF and CR all end a record.
 * Every line break outside quotes is a record, blank ones included, so that record i is
 * spreadsheet row i + 1. A quote left open swallows the rest of the file; its row is reported.
 */
export function splitCsv(
  text: string,
  separator: string = detectSeparator(text),
): { rows: string[][]; unclosedQuoteRow: number | null } {
  const src = text.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let fieldStarted = false;
  let quoteRow: number | null = null;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          quoted = false;
        }
      } else {
        field += ch;
      }
      continue;
    }
    if (ch === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
      quoteRow = rows.length + 1;
    } else if (ch === separator) {
      row.push(field);
      field = '';
      fieldStarted = false;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      fieldStarted = false;
    } else {
      // A stray quote inside an unquoted field is kept as text, as spreadsheet programs do.
      field += ch;
      if (ch !== ' ') fieldStarted = true;
    }
  }
  // A final line break ends the last record rather than starting an empty one.
  if (field !== '' || row.length > 0 || fieldStarted) {
    row.push(field);
    rows.push(row);
  }
  return { rows, unclosedQuoteRow: quoted ? quoteRow : null };
}

/** Reads a plan exported as CSV (UTF-8, with or without BOM, `;` or `,`) via parsePlanRows. */
export function parsePlanCsv(text: string): PlanImport {
  const { rows, unclosedQuoteRow } = splitCsv(text);
  const result = parsePlanRows(rows);
  if (unclosedQuoteRow !== null) {
    result.errors.push({
      row: unclosedQuoteRow,
      message: `Строка ${unclosedQuoteRow}: кавычка не закрыта, текст до конца файла прочитан как одно значение.`,
    });
  }
  return result;
}
