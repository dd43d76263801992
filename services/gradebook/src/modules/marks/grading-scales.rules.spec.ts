import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SCALE,
  FAIL,
  GRADING_SCALES,
  HUNDRED_TO_FIVE,
  PASS,
  TEN_TO_FIVE,
  allowedValues,
  convertMark,
  parseMarkValue,
  parsePairedMark,
  type ConversionBand,
  type GradingScale,
} from './grading-scales.rules.js';

function message(result: { ok: boolean; message?: string }): string {
  expect(result.ok).toBe(false);
  return result.message ?? '';
}

describe('scales', () => {
  it('defaults to the five-point scale (M2)', () => {
    expect(DEFAULT_SCALE).toBe('five_point');
    expect(GRADING_SCALES).toEqual(['five_point', 'pass_fail', 'ten_point', 'hundred_point']);
  });

  it('lists the allowed values of each scale in ascending order', () => {
    expect(allowedValues('five_point')).toEqual(['1', '2', '3', '4', '5']);
    expect(allowedValues('pass_fail')).toEqual(['зачёт', 'незачёт']);
    expect(allowedValues('ten_point')).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    const hundred = allowedValues('hundred_point');
    expect(hundred).toHaveLength(101);
    expect(hundred[0]).toBe('0');
    expect(hundred[100]).toBe('100');
  });
});

describe('parseMarkValue', () => {
  it('accepts every five-point mark, including the rare «1»', () => {
    for (const v of ['1', '2', '3', '4', '5']) {
      expect(parseMarkValue('five_point', v)).toEqual({ ok: true, value: v, numeric: Number(v) });
    }
  });

  it('ignores surrounding spaces, tabs and non-breaking spaces', () => {
    expect(parseMarkValue('five_point', ' 5 ')).toEqual({ ok: true, value: '5', numeric: 5 });
    expect(parseMarkValue('five_point', '\t4\n')).toEqual({ ok: true, value: '4', numeric: 4 });
    expect(parseMarkValue('five_point', '\u00a03\u00a0')).toEqual({
      ok: true,
      value: '3',
      numeric: 3,
    });
  });

  it('refuses values outside the five-point scale and lists the allowed ones', () => {
    for (const raw of ['6', '0', '10', '-1']) {
      const m = message(parseMarkValue('five_point', raw));
      expect(m).toContain(`«${raw}»`);
      expect(m).toContain('Допустимые значения: 1, 2, 3, 4, 5.');
      expect(m).toContain('пятибалльная шкала');
    }
  });

  it('refuses plus and minus marks with an explanation', () => {
    for (const raw of ['4+', '4-', '5 −', '3 +']) {
      const m = message(parseMarkValue('five_point', raw));
      expect(m).toContain('Отметки с плюсом или минусом не выставляются.');
      expect(m).toContain('Допустимые значения: 1, 2, 3, 4, 5.');
    }
  });

  it('does not guess at non-canonical spellings', () => {
    for (const raw of ['05', '4.0', '4,5', '4 5', 'пять', '5/4', '+5', '1e0', '0x5']) {
      const m = message(parseMarkValue('five_point', raw));
      expect(m).not.toContain('плюсом');
      expect(m).toContain('Допустимые значения');
    }
  });

  it('says that an empty mark is missing', () => {
    expect(message(parseMarkValue('five_point', ''))).toBe(
      'Отметка не указана. Допустимые значения: 1, 2, 3, 4, 5.',
    );
    expect(message(parseMarkValue('pass_fail', '   '))).toBe(
      'Отметка не указана. Допустимые значения: зачёт, незачёт.',
    );
  });

  it('shortens a long pasted text in the message', () => {
    const m = message(parseMarkValue('five_point', 'очень длинный текст вместо отметки'));
    expect(m).toContain('«очень длинный текст …»');
  });

  it('accepts the ten-point scale 1..10', () => {
    expect(parseMarkValue('ten_point', '10')).toEqual({ ok: true, value: '10', numeric: 10 });
    expect(parseMarkValue('ten_point', '1')).toEqual({ ok: true, value: '1', numeric: 1 });
    expect(message(parseMarkValue('ten_point', '0'))).toContain('1, 2, 3, 4, 5, 6, 7, 8, 9, 10');
    expect(message(parseMarkValue('ten_point', '11'))).toContain('десятибалльная шкала');
  });

  it('accepts the hundred-point scale 0..100', () => {
    expect(parseMarkValue('hundred_point', '0')).toEqual({ ok: true, value: '0', numeric: 0 });
    expect(parseMarkValue('hundred_point', '100')).toEqual({
      ok: true,
      value: '100',
      numeric: 100,
    });
    expect(parseMarkValue('hundred_point', '57')).toEqual({ ok: true, value: '57', numeric: 57 });
    const m = message(parseMarkValue('hundred_point', '101'));
    expect(m).toContain('целые числа от 0 до 100');
    expect(message(parseMarkValue('hundred_point', '1000'))).toContain('стобалльная шкала');
    expect(message(parseMarkValue('hundred_point', '007'))).toContain('«007»');
  });

  it('accepts зачёт and незачёт with or without ё, in any case, stored with ё and no number', () => {
    const pass = { ok: true, value: PASS, numeric: null };
    const fail = { ok: true, value: FAIL, numeric: null };
    expect(parseMarkValue('pass_fail', 'зачёт')).toEqual(pass);
    expect(parseMarkValue('pass_fail', 'зачет')).toEqual(pass);
    expect(parseMarkValue('pass_fail', ' ЗАЧЁТ ')).toEqual(pass);
    expect(parseMarkValue('pass_fail', 'Зачет')).toEqual(pass);
    expect(parseMarkValue('pass_fail', 'незачёт')).toEqual(fail);
    expect(parseMarkValue('pass_fail', 'незачет')).toEqual(fail);
    expect(parseMarkValue('pass_fail', 'НеЗаЧёТ')).toEqual(fail);
    expect(parseMarkValue('pass_fail', 'не зачёт')).toEqual(fail);
  });

  it('refuses numbers and other words on the pass/fail scale', () => {
    for (const raw of ['5', 'зач', 'зачтено', 'pass', 'незачётт']) {
      const m = message(parseMarkValue('pass_fail', raw));
      expect(m).toContain('Допустимые значения: зачёт, незачёт.');
      expect(m).toContain('зачёт/незачёт');
    }
  });
});

describe('parsePairedMark', () => {
  it('reads a dictation mark «4/5» as two marks, dictation first', () => {
    expect(parsePairedMark('five_point', '4/5')).toEqual({
      ok: true,
      first: { value: '4', numeric: 4 },
      second: { value: '5', numeric: 5 },
    });
    expect(parsePairedMark('five_point', ' 2 / 3 ')).toEqual({
      ok: true,
      first: { value: '2', numeric: 2 },
      second: { value: '3', numeric: 3 },
    });
  });

  it('checks each part on the scale and says which one is wrong', () => {
    const first = message(parsePairedMark('five_point', '6/5'));
    expect(first).toMatch(/^Первая отметка \(за диктант\): «6»/);
    const second = message(parsePairedMark('five_point', '5/4+'));
    expect(second).toMatch(/^Вторая отметка \(за грамматическое задание\): «4\+»/);
    expect(second).toContain('плюсом');
    expect(message(parsePairedMark('five_point', '/5'))).toContain('Отметка не указана');
  });

  it('needs exactly one slash', () => {
    for (const raw of ['4', '4/5/3', '4\\5', '']) {
      expect(message(parsePairedMark('five_point', raw))).toContain(
        'через косую черту, например «4/5»',
      );
    }
  });

  it('works on other scales too', () => {
    expect(parsePairedMark('ten_point', '10/9')).toEqual({
      ok: true,
      first: { value: '10', numeric: 10 },
      second: { value: '9', numeric: 9 },
    });
    expect(parsePairedMark('pass_fail', 'зачет/незачет')).toEqual({
      ok: true,
      first: { value: PASS, numeric: null },
      second: { value: FAIL, numeric: null },
    });
  });
});

/** Asserts that a table covers min..max without gaps or overlaps. */
function coverage(table: readonly ConversionBand[], min: number, max: number): void {
  const covered: number[] = [];
  for (const row of table) for (let n = row.from; n <= row.to; n++) covered.push(n);
  covered.sort((a, b) => a - b);
  expect(covered).toEqual(Array.from({ length: max - min + 1 }, (_, i) => min + i));
}

function converted(from: GradingScale, to: GradingScale, value: string): string {
  const r = convertMark(from, to, value);
  if (!r.ok) throw new Error(`unexpected refusal: ${r.message}`);
  return r.value;
}

describe('convertMark', () => {
  it('ten → five at every band boundary: 9–10→5, 7–8→4, 5–6→3, 1–4→2', () => {
    const expected: Record<string, string> = {
      '1': '2',
      '2': '2',
      '3': '2',
      '4': '2',
      '5': '3',
      '6': '3',
      '7': '4',
      '8': '4',
      '9': '5',
      '10': '5',
    };
    for (const [ten, five] of Object.entries(expected)) {
      expect(convertMark('ten_point', 'five_point', ten)).toEqual({
        ok: true,
        value: five,
        numeric: Number(five),
      });
    }
    coverage(TEN_TO_FIVE, 1, 10);
  });

  it('hundred → five at every band boundary: 85/65/45', () => {
    const cases: [string, string][] = [
      ['0', '2'],
      ['44', '2'],
      ['45', '3'],
      ['64', '3'],
      ['65', '4'],
      ['84', '4'],
      ['85', '5'],
      ['100', '5'],
    ];
    for (const [hundred, five] of cases) {
      expect(converted('hundred_point', 'five_point', hundred)).toBe(five);
    }
    coverage(HUNDRED_TO_FIVE, 0, 100);
  });

  it('five → pass/fail: 3–5 is зачёт, 1–2 незачёт', () => {
    expect(converted('five_point', 'pass_fail', '1')).toBe(FAIL);
    expect(converted('five_point', 'pass_fail', '2')).toBe(FAIL);
    expect(converted('five_point', 'pass_fail', '3')).toBe(PASS);
    expect(converted('five_point', 'pass_fail', '4')).toBe(PASS);
    expect(convertMark('five_point', 'pass_fail', '5')).toEqual({
      ok: true,
      value: PASS,
      numeric: null,
    });
  });

  it('ten and hundred → pass/fail go through the five-point table', () => {
    expect(converted('ten_point', 'pass_fail', '4')).toBe(FAIL);
    expect(converted('ten_point', 'pass_fail', '5')).toBe(PASS);
    expect(converted('hundred_point', 'pass_fail', '44')).toBe(FAIL);
    expect(converted('hundred_point', 'pass_fail', '45')).toBe(PASS);
  });

  it('on the same scale returns the canonical value', () => {
    expect(convertMark('five_point', 'five_point', ' 4 ')).toEqual({
      ok: true,
      value: '4',
      numeric: 4,
    });
    expect(converted('pass_fail', 'pass_fail', 'ЗАЧЕТ')).toBe(PASS);
    expect(converted('hundred_point', 'hundred_point', '73')).toBe('73');
  });

  it('refuses pass/fail → points: a зачёт does not say how well', () => {
    for (const to of ['five_point', 'ten_point', 'hundred_point'] as const) {
      const m = message(convertMark('pass_fail', to, 'зачёт'));
      expect(m).toContain('Зачёт/незачёт не переводится в балльную отметку');
    }
  });

  it('refuses conversions that would invent precision', () => {
    const pairs: [GradingScale, GradingScale][] = [
      ['five_point', 'ten_point'],
      ['five_point', 'hundred_point'],
      ['ten_point', 'hundred_point'],
      ['hundred_point', 'ten_point'],
    ];
    for (const [from, to] of pairs) {
      expect(message(convertMark(from, to, '5'))).toContain('не определён');
    }
  });

  it('refuses a value that is not on the source scale, with the parse message', () => {
    expect(message(convertMark('ten_point', 'five_point', '11'))).toContain('десятибалльная шкала');
    expect(message(convertMark('five_point', 'pass_fail', '6'))).toContain('1, 2, 3, 4, 5');
  });
});
