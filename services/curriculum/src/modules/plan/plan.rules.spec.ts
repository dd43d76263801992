import { describe, expect, it } from 'vitest';
import {
  isPlanLate,
  parsePlanCsv,
  parsePlanRows,
  planDeadline,
  splitCsv,
  validatePlan,
  type LessonKind,
  type PlanTopicInput,
} from './plan.rules.js';

const topic = (hours: number, title = 'Тема', kind: LessonKind = 'regular'): PlanTopicInput => ({
  title,
  hours,
  kind,
});

/** A plan of the given hours spread over topics of at most 10 hours. */
function planOf(total: number): PlanTopicInput[] {
  const topics: PlanTopicInput[] = [];
  for (let left = total, i = 1; left > 0; i++) {
    const h = Math.min(10, left);
    topics.push(topic(h, `Тема ${i}`));
    left -= h;
  }
  return topics;
}

const ALLOWED =
  'урок, контрольная работа, лабораторная работа, практическая работа, экскурсия, зачёт, проект';

describe('validatePlan', () => {
  it('accepts a plan whose hours equal the curriculum', () => {
    expect(validatePlan(planOf(102), 102)).toEqual({ ok: true });
    expect(
      validatePlan(
        [
          topic(1, 'Входная контрольная работа', 'control'),
          topic(200, 'Практикум', 'practical'),
          topic(1, 'x'.repeat(500), 'excursion'),
        ],
        202,
      ),
    ).toEqual({ ok: true });
  });

  it('names the shortfall of a plan 4 hours short', () => {
    expect(validatePlan(planOf(98), 102)).toEqual({
      ok: false,
      problems: ['В плане 98 ч, по учебному плану 102 ч: не хватает 4 ч.'],
      difference: -4,
    });
  });

  it('names the excess of a plan 3 hours over', () => {
    expect(validatePlan(planOf(105), 102)).toEqual({
      ok: false,
      problems: ['В плане 105 ч, по учебному плану 102 ч: лишние 3 ч.'],
      difference: 3,
    });
  });

  it('is off by a single hour too', () => {
    expect(validatePlan(planOf(35), 34)).toMatchObject({ ok: false, difference: 1 });
    expect(validatePlan(planOf(33), 34)).toMatchObject({ ok: false, difference: -1 });
  });

  it('requires at least one topic', () => {
    expect(validatePlan([], 34)).toEqual({
      ok: false,
      problems: ['В плане нет ни одной темы.'],
      difference: -34,
    });
  });

  it('requires a title of 1 to 500 characters after trimming', () => {
    expect(
      validatePlan(
        [topic(1, '   '), topic(1, 'я'.repeat(501)), topic(1, `  ${'я'.repeat(500)}  `)],
        3,
      ),
    ).toEqual({
      ok: false,
      problems: [
        'Тема 1: не указано название темы.',
        'Тема 2: название темы длиннее 500 символов.',
      ],
      difference: 0,
    });
  });

  it('counts characters, not UTF-16 units, in the title', () => {
    // 250 emoji are 500 UTF-16 units but 250 characters.
    expect(validatePlan([topic(1, '📐'.repeat(250))], 1)).toEqual({ ok: true });
  });

  it('requires whole hours from 1 to 200', () => {
    const result = validatePlan(
      [topic(0), topic(-2), topic(1.5), topic(201), topic(Number.NaN), topic(2)],
      2 + 0 - 2 + 1.5 + 201,
    );
    const message = 'количество часов должно быть целым числом от 1 до 200.';
    expect(result).toEqual({
      ok: false,
      problems: [1, 2, 3, 4, 5].map((n) => `Тема ${n}: ${message}`),
      difference: 0,
    });
  });

  it('reports topic problems and the total together', () => {
    expect(validatePlan([topic(0, ''), topic(10)], 12)).toEqual({
      ok: false,
      problems: [
        'Тема 1: не указано название темы.',
        'Тема 1: количество часов должно быть целым числом от 1 до 200.',
        'В плане 10 ч, по учебному плану 12 ч: не хватает 2 ч.',
      ],
      difference: -2,
    });
  });

  it('rejects an unknown kind that slipped past the types', () => {
    expect(
      validatePlan([{ title: 'Семинар', hours: 2, kind: 'seminar' as LessonKind }], 2),
    ).toEqual({
      ok: false,
      problems: ['Тема 1: неизвестный вид урока «seminar».'],
      difference: 0,
    });
  });
});

describe('planDeadline and isPlanLate', () => {
  it('is 1 September of the year in which the school year starts', () => {
    expect(planDeadline('2025-09-01')).toBe('2025-09-01');
    expect(planDeadline('2025-09-02')).toBe('2025-09-01');
    expect(planDeadline('2026-08-31')).toBe('2026-09-01');
  });

  it('accepts 1 September and everything before it', () => {
    expect(isPlanLate('2025-09-01', '2025-09-01')).toBe(false);
    expect(isPlanLate('2025-08-15', '2025-09-01')).toBe(false);
    expect(isPlanLate('2025-05-30', '2025-09-01')).toBe(false);
  });

  it('is late from 2 September, and a year later', () => {
    expect(isPlanLate('2025-09-02', '2025-09-01')).toBe(true);
    expect(isPlanLate('2026-01-10', '2025-09-01')).toBe(true);
    expect(isPlanLate('2026-08-31', '2026-09-01')).toBe(false);
  });

  it('throws on a start date that is not a date', () => {
    expect(() => planDeadline('01.09.2025')).toThrow(RangeError);
  });
});

describe('splitCsv', () => {
  it('splits on the separator of the header and keeps quoted separators and line breaks', () => {
    expect(splitCsv('a;b\r\n"x;y";"line1\nline2"\r\n"say ""hi""";\r\n').rows).toEqual([
      ['a', 'b'],
      ['x;y', 'line1\nline2'],
      ['say "hi"', ''],
    ]);
  });

  it('detects a comma when the header has no semicolons', () => {
    expect(splitCsv('title,hours\n"a, b",2').rows).toEqual([
      ['title', 'hours'],
      ['a, b', '2'],
    ]);
  });

  it('prefers the semicolon when the header contains commas inside quotes', () => {
    expect(splitCsv('"Тема, раздел";Часы\nx;1').rows).toEqual([
      ['Тема, раздел', 'Часы'],
      ['x', '1'],
    ]);
  });

  it('keeps blank lines as records, accepts CR and ignores a final line break', () => {
    expect(splitCsv('a;b\n\nc;d\re;f\n').rows).toEqual([['a', 'b'], [''], ['c', 'd'], ['e', 'f']]);
  });

  it('strips the BOM', () => {
    expect(splitCsv('\uFEFFТема;Часы').rows).toEqual([['Тема', 'Часы']]);
  });

  it('keeps a stray quote inside an unquoted field', () => {
    expect(splitCsv('a;b\nПовесть "Муму";1').rows[1]).toEqual(['Повесть "Муму"', '1']);
  });

  it('reports the row of a quote that is never closed', () => {
    expect(splitCsv('a;b\nx;1\n"open;2\ny;3')).toEqual({
      rows: [['a', 'b'], ['x', '1'], ['open;2\ny;3']],
      unclosedQuoteRow: 3,
    });
  });
});

describe('parsePlanCsv', () => {
  it('reads a Russian Excel export: BOM, `;`, CRLF, quoted semicolons, a bad row', () => {
    const csv =
      '\uFEFF№;Тема;Часы;Вид\r\n' +
      '1;"Введение; повторение";2;урок\r\n' +
      '2;"Дроби ""сложные""";3;Контрольная работа\r\n' +
      '3;Измерение объёма;два;лабораторная работа\r\n' +
      '4;Экскурсия в музей;1;ЭКСКУРСИЯ\r\n';
    expect(parsePlanCsv(csv)).toEqual({
      topics: [
        { title: 'Введение; повторение', hours: 2, kind: 'regular' },
        { title: 'Дроби "сложные"', hours: 3, kind: 'control' },
        { title: 'Экскурсия в музей', hours: 1, kind: 'excursion' },
      ],
      errors: [
        {
          row: 4,
          message:
            'Строка 4: количество часов должно быть целым положительным числом, указано «два».',
        },
      ],
    });
  });

  it('reads English headers with commas, in any column order, without a kind column', () => {
    expect(parsePlanCsv('hours,title\n4,"Numbers, fractions"\n2,Decimals\n')).toEqual({
      topics: [
        { title: 'Numbers, fractions', hours: 4, kind: 'regular' },
        { title: 'Decimals', hours: 2, kind: 'regular' },
      ],
      errors: [],
    });
  });

  it('matches headers whatever their case and spacing', () => {
    expect(parsePlanCsv(' ТЕМА ; часы ; ВИД \nДроби;1;\n').topics).toEqual([
      { title: 'Дроби', hours: 1, kind: 'regular' },
    ]);
  });

  it('reports an unknown kind, listing the allowed ones', () => {
    expect(parsePlanCsv('Тема;Часы;Вид\nДебаты;2;семинар\n')).toEqual({
      topics: [],
      errors: [{ row: 2, message: `Строка 2: неизвестный вид «семинар», допустимые: ${ALLOWED}.` }],
    });
  });

  it('accepts every Russian kind name, in any case, with ё or е, and the English codes', () => {
    const csv = [
      'Тема;Часы;Вид',
      'а;1;Урок',
      'б;1;контрольная  работа',
      'в;1;Лабораторная работа',
      'г;1;практическая работа',
      'д;1;экскурсия',
      'е;1;Зачёт',
      'ж;1;зачет',
      'з;1;ЗАЧЕТ',
      'и;1;проект',
      'к;1;laboratory',
      'л;1;',
    ].join('\n');
    const { topics, errors } = parsePlanCsv(csv);
    expect(errors).toEqual([]);
    expect(topics.map((t) => t.kind)).toEqual([
      'regular',
      'control',
      'laboratory',
      'practical',
      'excursion',
      'test',
      'test',
      'test',
      'project',
      'laboratory',
      'regular',
    ]);
  });

  it('counts rows as the spreadsheet shows them: blank lines skipped but counted', () => {
    const csv = 'Тема;Часы\n\nДроби;2\n\n;3\nУравнения;0\n';
    expect(parsePlanCsv(csv)).toEqual({
      topics: [{ title: 'Дроби', hours: 2, kind: 'regular' }],
      errors: [
        { row: 5, message: 'Строка 5: не указано название темы.' },
        {
          row: 6,
          message:
            'Строка 6: количество часов должно быть целым положительным числом, указано «0».',
        },
      ],
    });
  });

  it('counts a quoted line break as one row', () => {
    const csv = 'Тема;Часы\n"Многострочная\nтема";2\nПлохая;x\n';
    const result = parsePlanCsv(csv);
    expect(result.topics).toEqual([{ title: 'Многострочная\nтема', hours: 2, kind: 'regular' }]);
    expect(result.errors.map((e) => e.row)).toEqual([3]);
  });

  it('skips lines of separators and spaces only', () => {
    expect(parsePlanCsv('Тема;Часы;Вид\n;;\n  ;  ;\nДроби;1;урок\n')).toEqual({
      topics: [{ title: 'Дроби', hours: 1, kind: 'regular' }],
      errors: [],
    });
  });

  it('reports each problem of a row separately', () => {
    expect(parsePlanCsv('Тема;Часы;Вид\n;;лекция\n').errors).toEqual([
      { row: 2, message: 'Строка 2: не указано название темы.' },
      { row: 2, message: 'Строка 2: не указано количество часов.' },
      { row: 2, message: `Строка 2: неизвестный вид «лекция», допустимые: ${ALLOWED}.` },
    ]);
  });

  it('rejects fractional, negative and oversized hours but accepts a whole decimal', () => {
    const csv = 'Тема;Часы\nа;"2,5"\nб;-1\nв;201\nг;"4,0"\nд;200\n';
    expect(parsePlanCsv(csv)).toEqual({
      topics: [
        { title: 'г', hours: 4, kind: 'regular' },
        { title: 'д', hours: 200, kind: 'regular' },
      ],
      errors: [
        {
          row: 2,
          message:
            'Строка 2: количество часов должно быть целым положительным числом, указано «2,5».',
        },
        {
          row: 3,
          message:
            'Строка 3: количество часов должно быть целым положительным числом, указано «-1».',
        },
        { row: 4, message: 'Строка 4: количество часов не может быть больше 200, указано 201.' },
      ],
    });
  });

  it('rejects a title longer than 500 characters and trims the others', () => {
    const result = parsePlanCsv(`Тема;Часы\n${'я'.repeat(501)};1\n  Дроби  ;1\n`);
    expect(result.errors).toEqual([
      { row: 2, message: 'Строка 2: название темы длиннее 500 символов.' },
    ]);
    expect(result.topics).toEqual([{ title: 'Дроби', hours: 1, kind: 'regular' }]);
  });

  it('reports a missing required column once, on row 1', () => {
    expect(parsePlanCsv('Тема;Вид\nДроби;урок\nУравнения;урок\n')).toEqual({
      topics: [],
      errors: [{ row: 1, message: 'Строка 1: нет обязательного столбца «Часы».' }],
    });
    expect(parsePlanCsv('Раздел;Количество\nДроби;2\n')).toEqual({
      topics: [],
      errors: [{ row: 1, message: 'Строка 1: нет обязательных столбцов «Тема» и «Часы».' }],
    });
  });

  it('reports an empty file on row 1', () => {
    const expected = {
      topics: [],
      errors: [{ row: 1, message: 'Строка 1: файл пуст, нет строки заголовка.' }],
    };
    expect(parsePlanCsv('')).toEqual(expected);
    expect(parsePlanCsv('\uFEFF\r\n\r\n')).toEqual(expected);
  });

  it('gives no topics and no errors for a header without rows', () => {
    expect(parsePlanCsv('Тема;Часы\r\n')).toEqual({ topics: [], errors: [] });
  });

  it('reports a quote left open', () => {
    const result = parsePlanCsv('Тема;Часы\nДроби;2\n"Уравнения;3\nСтепени;1\n');
    expect(result.topics).toEqual([{ title: 'Дроби', hours: 2, kind: 'regular' }]);
    expect(result.errors).toContainEqual({
      row: 3,
      message: 'Строка 3: кавычка не закрыта, текст до конца файла прочитан как одно значение.',
    });
  });

  it('feeds its result to validatePlan', () => {
    const { topics } = parsePlanCsv('Тема;Часы\nДроби;60\nУравнения;38\n');
    expect(validatePlan(topics, 102)).toMatchObject({ ok: false, difference: -4 });
  });
});

describe('parsePlanRows', () => {
  it('reads spreadsheet cells given as numbers, strings and empties', () => {
    expect(
      parsePlanRows([
        ['Тема', 'Часы', 'Вид'],
        ['Дроби', 4, null],
        ['Проценты', '3', undefined],
        [2025, 1, 'проект'],
        ['Опыты', 2],
      ]),
    ).toEqual({
      topics: [
        { title: 'Дроби', hours: 4, kind: 'regular' },
        { title: 'Проценты', hours: 3, kind: 'regular' },
        { title: '2025', hours: 1, kind: 'project' },
        { title: 'Опыты', hours: 2, kind: 'regular' },
      ],
      errors: [],
    });
  });

  it('rejects a fractional number of hours from a spreadsheet cell', () => {
    expect(
      parsePlanRows([
        ['Тема', 'Часы'],
        ['Дроби', 1.5],
      ]).errors,
    ).toEqual([
      {
        row: 2,
        message:
          'Строка 2: количество часов должно быть целым положительным числом, указано «1.5».',
      },
    ]);
  });

  it('takes the first non-blank row as the header and numbers rows from the sheet top', () => {
    expect(parsePlanRows([[], [null, ''], ['Тема', 'Часы'], ['Дроби', 'x']]).errors).toEqual([
      {
        row: 4,
        message: 'Строка 4: количество часов должно быть целым положительным числом, указано «x».',
      },
    ]);
  });

  it('uses the first of two columns with the same header', () => {
    expect(
      parsePlanRows([
        ['Тема', 'Часы', 'Тема'],
        ['Первая', 1, 'Вторая'],
      ]).topics,
    ).toEqual([{ title: 'Первая', hours: 1, kind: 'regular' }]);
  });

  it('accepts common longer header spellings', () => {
    expect(
      parsePlanRows([
        ['Тема урока', 'Количество часов', 'Вид урока'],
        ['Дроби', 2, 'зачет'],
      ]).topics,
    ).toEqual([{ title: 'Дроби', hours: 2, kind: 'test' }]);
  });

  it('treats a short row as having empty trailing cells', () => {
    expect(parsePlanRows([['Тема', 'Часы'], ['Дроби']]).errors).toEqual([
      { row: 2, message: 'Строка 2: не указано количество часов.' },
    ]);
  });
});
