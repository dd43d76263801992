/**
 * Final marks: the suggested final from current marks (M6), the entries a final may not be
 * (M7) and forecasts (M8). Pure functions on five-point numbers: marks on other scales are
 * converted first (marks/grading-scales.rules.ts) and pass/fail marks are left out by the
 * caller, since a «зачёт» has no number to average.
 */

export interface WeightedMark {
  /** Five-point value of the mark. */
  numeric: number;
  /** Weight of its work type (marks/weights.rules.ts). */
  weight: number;
}

/**
 * The mean in hundredths, free of binary floating-point noise. Two steps: the first rounds
 * away noise far below a hundredth (a mean that is 2.5 on paper may come out as 2.4999999999
 * when weights such as 0.7 are summed), the second rounds to hundredths half-up. Hundredths
 * because the journal shows the mean to two decimals: the suggested final must agree with the
 * number the teacher and the parents see («2,50» → «3», never «2»).
 */
function hundredths(mean: number): number {
  return Math.round(Math.round(mean * 1e6) / 1e4);
}

function assertFinite(value: number, what: string): void {
  if (!Number.isFinite(value)) throw new RangeError(`${what} is not a finite number: ${value}`);
}

/** The mean as shown in the journal: two decimals, noise removed (see hundredths). */
export function roundMean(mean: number): number {
  assertFinite(mean, 'Mean');
  return hundredths(mean) / 100;
}

/**
 * M6, 002 §6.3: the final is the mean rounded with the thresholds 2,5 → «3», 3,5 → «4»,
 * 4,5 → «5». The regulation names only those three; the same half-up rule is applied at 1,5
 * (→ «2»), so a final of «1» comes out only when the mean is below 1,5, which needs «1» marks
 * among the current ones. The mean is first taken to hundredths as displayed: 2,49 → «2»,
 * 2,4999999999 (float noise for 2,5) → «3», 2,495 (shown as 2,50) → «3».
 * Throws RangeError outside 1..5: such a mean did not come from five-point marks.
 */
export function roundFinal(mean: number): number {
  assertFinite(mean, 'Mean');
  const h = hundredths(mean);
  if (h < 100 || h > 500) throw new RangeError(`Not a five-point mean: ${mean}`);
  return Math.floor((h + 50) / 100);
}

/** Weighted mean of five-point marks; null when there are none (nothing to justify a final). */
export function weightedMean(marks: readonly WeightedMark[]): number | null {
  if (marks.length === 0) return null;
  let sum = 0;
  let total = 0;
  for (const m of marks) {
    assertFinite(m.numeric, 'Mark');
    assertFinite(m.weight, 'Weight');
    // A zero weight would make a mark count towards «enough marks» (M6) without counting at all.
    if (m.weight <= 0) throw new RangeError(`Weight must be positive: ${m.weight}`);
    sum += m.numeric * m.weight;
    total += m.weight;
  }
  return sum / total;
}

export interface MarkCountPolicy {
  /** Marks required for a subject with up to 2 hours a week. */
  upTo2Hours: number;
  /** Marks required for a subject with more than 2 hours a week. */
  moreHours: number;
}

/**
 * 000 §8.2: at least three marks in a period for a subject with 1–2 hours a week, more for more
 * hours. «More» is not a number in the regulation; five is the product's default and a school
 * may set its own (both counts are per school settings).
 */
export const DEFAULT_MARK_COUNT_POLICY: Readonly<MarkCountPolicy> = Object.freeze({
  upTo2Hours: 3,
  moreHours: 5,
});

/** Minimum number of current marks that justifies a period final (M6). */
export function minimumMarks(
  hoursPerWeek: number,
  policy: MarkCountPolicy = DEFAULT_MARK_COUNT_POLICY,
): number {
  assertFinite(hoursPerWeek, 'Hours per week');
  if (hoursPerWeek <= 0) throw new RangeError(`Hours per week must be positive: ${hoursPerWeek}`);
  const { upTo2Hours, moreHours } = policy;
  if (!Number.isInteger(upTo2Hours) || upTo2Hours < 1) {
    throw new RangeError(`Invalid mark count for up to 2 hours: ${upTo2Hours}`);
  }
  // «Or more» in 000 §8.2: a subject with more hours never needs fewer marks.
  if (!Number.isInteger(moreHours) || moreHours < upTo2Hours) {
    throw new RangeError(`Invalid mark count for more hours: ${moreHours}`);
  }
  // Half-hour subjects (17 hours a year) fall in the first band, as do exactly 2 hours.
  return hoursPerWeek <= 2 ? upTo2Hours : moreHours;
}

export interface FinalSuggestion {
  /** Suggested final; null when the marks are too few to justify one (M6) or absent. */
  suggested: number | null;
  /** Weighted mean to hundredths, as displayed; null without marks. */
  mean: number | null;
  enough: boolean;
  required: number;
  count: number;
}

/**
 * The suggestion shown next to the final's cell (M6). Without enough marks no final is
 * suggested, because 000 §8.1 requires a final to be justified; the mean is still returned so
 * the teacher sees where the student stands.
 */
export function suggestFinal(input: {
  marks: readonly WeightedMark[];
  /** Marks that count toward the minimum, when more than those averaged (pass/fail ones). */
  markCount?: number;
  hoursPerWeek: number;
  policy?: MarkCountPolicy;
}): FinalSuggestion {
  const required = minimumMarks(input.hoursPerWeek, input.policy);
  const raw = weightedMean(input.marks);
  const count = Math.max(input.markCount ?? 0, input.marks.length);
  const enough = count >= required;
  return {
    suggested: enough && raw !== null ? roundFinal(raw) : null,
    mean: raw === null ? null : roundMean(raw),
    enough,
    required,
    count,
  };
}

export type FinalKind = 'period' | 'year' | 'exam' | 'final';

/** Genitive forms for «недопустима в качестве …». */
const KIND_GENITIVE: Record<FinalKind, string> = {
  period: 'отметки за учебный период (четверть, триместр, полугодие)',
  year: 'годовой отметки',
  exam: 'экзаменационной отметки',
  final: 'итоговой отметки',
};

export type FinalValueCheck =
  { ok: true } | { ok: false; code: 'not_attested' | 'exempt'; message: string };

const NOT_ATTESTED = [/^[нn][/\\.]?[аa]\.?$/, /^неатт(естован[аоы]?)?\.?$/];
const EXEMPT_WORD = 'освобожден';

function isExempt(word: string): boolean {
  const w = word.replace(/\.$/, '');
  // «осв», «осв.», «освоб.», … «освобожден», «освобождена», «освобождено».
  if (w.length >= 3 && EXEMPT_WORD.startsWith(w)) return true;
  return /^освобожден[аоы]?$/.test(w) || /^exempt(ed)?$/.test(w);
}

/**
 * M7, 000 §8.3: «н/а» (not attested) and «освобождён» (exempt) are not allowed as a period,
 * year or final mark, in any of the spellings teachers use. The message says what to do
 * instead: defer the final for a student who was ill (004 §5.7); grade the theory for a
 * student of a special PE health group (000 §8.3). Exam marks are outside 000 §8.3: an
 * exemption from an exam is lawful (by the school's order) and is not refused here.
 * Only these entries are checked; whether the rest is a valid mark is parseMarkValue's job.
 */
export function checkFinalValue(raw: string, kind: FinalKind): FinalValueCheck {
  if (kind === 'exam') return { ok: true };
  const word = raw.trim().toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, '');
  const shown = raw.trim();
  if (NOT_ATTESTED.some((re) => re.test(word))) {
    return {
      ok: false,
      code: 'not_attested',
      message:
        `Запись «${shown}» недопустима в качестве ${KIND_GENITIVE[kind]}: итоговая отметка должна быть выставлена и обоснована текущими. ` +
        'Если ученик болел и не набрал нужного числа отметок, оформите отсрочку выставления итоговой отметки и выставьте её, когда он сдаст пропущенный материал.',
    };
  }
  if (isExempt(word)) {
    return {
      ok: false,
      code: 'exempt',
      message:
        `Запись «${shown}» недопустима в качестве ${KIND_GENITIVE[kind]}: в журнале не пишут «освобождён». ` +
        'Ученику специальной медицинской группы по физической культуре оцените теоретические знания по предмету и выставьте отметку; ' +
        'если ученик болел, оформите отсрочку выставления итоговой отметки.',
    };
  }
  return { ok: true };
}

export interface Forecast {
  /** Final the current marks would give (rounded weighted mean); null without marks. */
  predicted: number | null;
  mean: number | null;
  count: number;
  required: number;
  /** Marks still missing to justify a final (M6). */
  missing: number;
  /**
   * Whether the missing marks fit into the lessons left, counting one mark per lesson: a
   * cautious count, so that a class teacher is warned early about a student at risk of having
   * no justified final.
   */
  canReachMinimum: boolean;
}

/** M8, 000 §2.4: the predicted final of a student from the current marks. */
export function forecast(
  marks: readonly WeightedMark[],
  hoursPerWeek: number,
  remainingLessons: number,
  policy?: MarkCountPolicy,
): Forecast {
  if (!Number.isInteger(remainingLessons) || remainingLessons < 0) {
    throw new RangeError(`Remaining lessons must be a whole number ≥ 0: ${remainingLessons}`);
  }
  const required = minimumMarks(hoursPerWeek, policy);
  const raw = weightedMean(marks);
  const missing = Math.max(0, required - marks.length);
  return {
    predicted: raw === null ? null : roundFinal(raw),
    mean: raw === null ? null : roundMean(raw),
    count: marks.length,
    required,
    missing,
    canReachMinimum: missing <= remainingLessons,
  };
}

/** `n` marks summing to `total`, as even as possible, highest first: 13 in 3 → [5, 4, 4]. */
function spread(total: number, n: number): number[] {
  const base = Math.floor(total / n);
  const higher = total - base * n;
  return Array.from({ length: n }, (_, i) => (i < higher ? base + 1 : base));
}

/**
 * M8 «what marks reach a target final»: the shortest list of further marks, each of weight
 * `weightOfNext`, after which roundFinal(mean) ≥ target. Among lists of that length the least
 * demanding one is returned: the smallest sum, spread as evenly as possible ([5, 4, 4] rather
 * than [5, 5, 3]), never a mark below 2. [] when the target is already reached; null when not
 * even `maxMarks` fives reach it. Since the mean of equally weighted additions depends only on
 * their sum, trying sums upwards for each length finds that list.
 */
export function marksToReach(
  target: number,
  marks: readonly WeightedMark[],
  weightOfNext: number,
  maxMarks = 10,
): number[] | null {
  if (!Number.isInteger(target) || target < 2 || target > 5) {
    throw new RangeError(`Target final must be 2..5: ${target}`);
  }
  assertFinite(weightOfNext, 'Weight');
  if (weightOfNext <= 0) throw new RangeError(`Weight must be positive: ${weightOfNext}`);
  if (!Number.isInteger(maxMarks) || maxMarks < 0) {
    throw new RangeError(`maxMarks must be a whole number ≥ 0: ${maxMarks}`);
  }
  const reaches = (extra: number[]): boolean => {
    const mean = weightedMean([
      ...marks,
      ...extra.map((numeric) => ({ numeric, weight: weightOfNext })),
    ]);
    return mean !== null && roundFinal(mean) >= target;
  };
  if (reaches([])) return [];
  for (let n = 1; n <= maxMarks; n++) {
    for (let total = 2 * n; total <= 5 * n; total++) {
      const list = spread(total, n);
      if (reaches(list)) return list;
    }
  }
  return null;
}

export interface DerivedFinal {
  /** The suggestion; null while something it rests on is missing. */
  suggested: number | null;
  /** Mean of what it rests on, to hundredths. */
  mean: number | null;
  enough: boolean;
  /** What is missing, in words for the class teacher; null when nothing is. */
  missing: string | null;
}

/**
 * M1, M6: the year mark from the period finals of the year: their mean rounded with the same
 * thresholds (2,5 → «3», 3,5 → «4», 4,5 → «5»). Every period of the year needs a final first;
 * a deferred one (null) holds the year mark back until it is set.
 */
export function suggestYearFinal(
  periodFinals: readonly (number | null)[],
  periodsInYear: number,
): DerivedFinal {
  if (!Number.isInteger(periodsInYear) || periodsInYear < 1) {
    throw new RangeError(`Periods in a year must be a whole number ≥ 1: ${periodsInYear}`);
  }
  const set = periodFinals.filter((v): v is number => v !== null);
  const raw = weightedMean(set.map((numeric) => ({ numeric, weight: 1 })));
  const enough = set.length >= periodsInYear;
  return {
    suggested: enough && raw !== null ? roundFinal(raw) : null,
    mean: raw === null ? null : roundMean(raw),
    enough,
    missing: enough
      ? null
      : `Нет отметок за ${periodsInYear - set.length} из ${periodsInYear} учебных периодов.`,
  };
}

/**
 * M1: the final mark (итоговая) of a subject with an exam is the mean of the year and exam marks
 * rounded by the same rule (3,5 → «4»); without an exam it is the year mark. No year mark, no
 * suggestion.
 */
export function suggestFinalMark(year: number | null, exam: number | null): DerivedFinal {
  if (year === null)
    return { suggested: null, mean: null, enough: false, missing: 'Нет годовой отметки.' };
  const raw = exam === null ? year : (year + exam) / 2;
  return { suggested: roundFinal(raw), mean: roundMean(raw), enough: true, missing: null };
}
