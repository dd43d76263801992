/**
 * Grading systems of the journal (M2, 004 §4.2): the five-point scale is the default, pass/fail
 * and other scales are supported, and marks convert between them by the tables below.
 * Pure functions: no I/O, no clock.
 */

export type GradingScale = 'five_point' | 'pass_fail' | 'ten_point' | 'hundred_point';

export const GRADING_SCALES: readonly GradingScale[] = [
  'five_point',
  'pass_fail',
  'ten_point',
  'hundred_point',
];

/** M2: a subject without an explicit scale is graded on the five-point scale. */
export const DEFAULT_SCALE: GradingScale = 'five_point';

export const SCALE_LABEL: Record<GradingScale, string> = {
  five_point: 'пятибалльная шкала',
  pass_fail: 'зачёт/незачёт',
  ten_point: 'десятибалльная шкала',
  hundred_point: 'стобалльная шкала',
};

export const PASS = 'зачёт';
export const FAIL = 'незачёт';

/** A mark as it is stored: the canonical text and, for point scales, its number. */
export interface MarkValue {
  value: string;
  /** null on the pass/fail scale: a «зачёт» has no place in a mean (M6). */
  numeric: number | null;
}

export type ParsedMark = ({ ok: true } & MarkValue) | { ok: false; message: string };

export type ParsedPairedMark =
  { ok: true; first: MarkValue; second: MarkValue } | { ok: false; message: string };

export type ConvertedMark = ParsedMark;

const RANGE: Record<Exclude<GradingScale, 'pass_fail'>, { min: number; max: number }> = {
  // '1' exists on the five-point scale in Russian regulations; it is rare but lawful.
  five_point: { min: 1, max: 5 },
  ten_point: { min: 1, max: 10 },
  hundred_point: { min: 0, max: 100 },
};

function range(min: number, max: number): string[] {
  return Array.from({ length: max - min + 1 }, (_, i) => String(min + i));
}

/** The canonical values of a scale, in ascending order. */
export function allowedValues(scale: GradingScale): readonly string[] {
  if (scale === 'pass_fail') return [PASS, FAIL];
  const { min, max } = RANGE[scale];
  return range(min, max);
}

function allowedText(scale: GradingScale): string {
  if (scale === 'hundred_point') return 'целые числа от 0 до 100';
  return allowedValues(scale).join(', ');
}

function quote(raw: string): string {
  // The message is shown to a teacher; a pasted paragraph must not swamp it.
  const text = raw.length > 20 ? `${raw.slice(0, 20)}…` : raw;
  return `«${text}»`;
}

function rejection(scale: GradingScale, raw: string): { ok: false; message: string } {
  const trimmed = raw.trim();
  if (trimmed === '') {
    return {
      ok: false,
      message: `Отметка не указана. Допустимые значения: ${allowedText(scale)}.`,
    };
  }
  // Plus and minus are a habit from paper journals; the electronic journal records whole marks.
  const hint = /^\d+\s*[+\-−]$/.test(trimmed)
    ? ' Отметки с плюсом или минусом не выставляются.'
    : '';
  return {
    ok: false,
    message: `${quote(trimmed)} — недопустимая отметка (${SCALE_LABEL[scale]}).${hint} Допустимые значения: ${allowedText(scale)}.`,
  };
}

const PASS_FAIL = /^(не\s*)?зач[её]т$/;

/**
 * Reads what a teacher typed. Surrounding spaces are ignored; otherwise only the canonical
 * values are accepted ('05', '4.0', '4+' are refused) so that a mark is never guessed.
 * On the pass/fail scale «зачет» without ё and any letter case are accepted, since keyboards
 * and habits differ, and the stored value is always spelt with ё.
 */
export function parseMarkValue(scale: GradingScale, raw: string): ParsedMark {
  const text = raw.trim();
  if (scale === 'pass_fail') {
    const m = PASS_FAIL.exec(text.toLowerCase());
    if (!m) return rejection(scale, raw);
    return { ok: true, value: m[1] === undefined ? PASS : FAIL, numeric: null };
  }
  const { min, max } = RANGE[scale];
  if (!/^(0|[1-9]\d{0,2})$/.test(text)) return rejection(scale, raw);
  const n = Number(text);
  if (n < min || n > max) return rejection(scale, raw);
  return { ok: true, value: text, numeric: n };
}

/**
 * A paired mark for a dictation with a grammar task, written «4/5» (M1): the first mark is for
 * the dictation itself (spelling and punctuation), the second for the grammar task. Each part
 * is checked on the same scale; the journal stores them as two marks.
 */
export function parsePairedMark(scale: GradingScale, raw: string): ParsedPairedMark {
  const parts = raw.split('/');
  if (parts.length !== 2) {
    return {
      ok: false,
      message: `Двойная отметка записывается через косую черту, например «4/5», а указано ${quote(raw.trim())}.`,
    };
  }
  const [a, b] = parts as [string, string];
  const first = parseMarkValue(scale, a);
  if (!first.ok) return { ok: false, message: `Первая отметка (за диктант): ${first.message}` };
  const second = parseMarkValue(scale, b);
  if (!second.ok) {
    return { ok: false, message: `Вторая отметка (за грамматическое задание): ${second.message}` };
  }
  return {
    ok: true,
    first: { value: first.value, numeric: first.numeric },
    second: { value: second.value, numeric: second.numeric },
  };
}

/** One row of a conversion table: points from..to (inclusive) become `mark`. */
export interface ConversionBand {
  from: number;
  to: number;
  mark: number;
}

/**
 * Ten-point → five-point (M2). The common table of regional practice: 9–10 is «отлично»,
 * 7–8 «хорошо», 5–6 «удовлетворительно», anything lower «неудовлетворительно».
 * No band gives «1»: a converted mark never claims more than the source scale says.
 */
export const TEN_TO_FIVE: readonly ConversionBand[] = [
  { from: 9, to: 10, mark: 5 },
  { from: 7, to: 8, mark: 4 },
  { from: 5, to: 6, mark: 3 },
  { from: 1, to: 4, mark: 2 },
];

/** Hundred-point (percent of the work done) → five-point: 85/65/45 per cent boundaries. */
export const HUNDRED_TO_FIVE: readonly ConversionBand[] = [
  { from: 85, to: 100, mark: 5 },
  { from: 65, to: 84, mark: 4 },
  { from: 45, to: 64, mark: 3 },
  { from: 0, to: 44, mark: 2 },
];

/** Five-point → pass/fail: a satisfactory mark (3 and above) is a «зачёт». */
export const FIVE_PASS_FROM = 3;

function band(table: readonly ConversionBand[], n: number): number {
  const row = table.find((r) => r.from <= n && n <= r.to);
  // Unreachable for a parsed value: the tables cover their scales without gaps (see the spec).
  if (!row) throw new RangeError(`No conversion band for ${n}`);
  return row.mark;
}

function toFive(scale: 'ten_point' | 'hundred_point', n: number): number {
  return band(scale === 'ten_point' ? TEN_TO_FIVE : HUNDRED_TO_FIVE, n);
}

function fiveToPassFail(n: number): MarkValue {
  return { value: n >= FIVE_PASS_FROM ? PASS : FAIL, numeric: null };
}

/**
 * Converts a mark between scales (M2). Defined: the same scale (canonicalises the value),
 * ten/hundred → five, five → pass/fail, and ten/hundred → pass/fail through the five-point
 * table. Not defined, and refused with a reason: pass/fail → any point scale (a «зачёт» does
 * not say how well), and five → ten/hundred or between ten and hundred (one mark would have to
 * be turned into a single number out of a range, inventing precision the source does not have).
 */
export function convertMark(from: GradingScale, to: GradingScale, value: string): ConvertedMark {
  const parsed = parseMarkValue(from, value);
  if (!parsed.ok) return parsed;
  if (from === to) return parsed;
  if (from === 'pass_fail') {
    return {
      ok: false,
      message: `Зачёт/незачёт не переводится в балльную отметку (${SCALE_LABEL[to]}): он не показывает, насколько хорошо освоен материал.`,
    };
  }
  const n = parsed.numeric;
  // A point scale always parses to a number; the check narrows the type.
  if (n === null) throw new RangeError(`Point mark without a number: ${parsed.value}`);
  let result: MarkValue | null = null;
  if (to === 'five_point' && from !== 'five_point') {
    const mark = toFive(from, n);
    result = { value: String(mark), numeric: mark };
  } else if (to === 'pass_fail') {
    result = fiveToPassFail(from === 'five_point' ? n : toFive(from, n));
  }
  if (!result) {
    return {
      ok: false,
      message: `Перевод отметки со шкалы «${SCALE_LABEL[from]}» на шкалу «${SCALE_LABEL[to]}» не определён: одной отметке соответствовало бы несколько значений.`,
    };
  }
  return { ok: true, ...result };
}

/**
 * The number a mark contributes to means and finals (M2, M6): its five-point equivalent by the
 * tables above; null on the pass/fail scale, where there is nothing to average.
 */
export function fivePointValue(scale: GradingScale, value: string): number | null {
  if (scale === 'pass_fail') return null;
  const converted = convertMark(scale, 'five_point', value);
  return converted.ok ? converted.numeric : null;
}

export function isGradingScale(value: string): value is GradingScale {
  return (GRADING_SCALES as readonly string[]).includes(value);
}
