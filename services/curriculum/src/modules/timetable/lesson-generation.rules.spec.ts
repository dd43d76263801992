import { describe, expect, it } from 'vitest';
import type { PeriodSpan, TimetableSlot } from '../calendar/index.js';
import {
  lessonRangeProblem,
  detectSlotClashes,
  generateLessons,
  isSlotValidOn,
  type SlotOwner,
} from './lesson-generation.rules.js';

const FIVE_DAYS = [1, 2, 3, 4, 5];

function slot(id: string, over: Partial<TimetableSlot> = {}): TimetableSlot {
  return {
    id,
    assignmentId: `a-${id}`,
    weekday: 1,
    lessonNumber: 1,
    room: null,
    validFrom: '2025-09-01',
    validTo: null,
    ...over,
  };
}

// 2025-09-01 is a Monday.
const PERIODS: PeriodSpan[] = [
  { kind: 'quarter', startsOn: '2025-09-01', endsOn: '2025-10-24' },
  { kind: 'holiday', startsOn: '2025-10-25', endsOn: '2025-11-04' },
  { kind: 'quarter', startsOn: '2025-11-05', endsOn: '2025-12-26' },
];

describe('isSlotValidOn', () => {
  it('includes validFrom and excludes validTo', () => {
    const s = slot('s', { validFrom: '2025-09-08', validTo: '2025-09-15' });
    expect(isSlotValidOn(s, '2025-09-07')).toBe(false);
    expect(isSlotValidOn(s, '2025-09-08')).toBe(true);
    expect(isSlotValidOn(s, '2025-09-14')).toBe(true);
    expect(isSlotValidOn(s, '2025-09-15')).toBe(false);
  });

  it('has no end when validTo is null', () => {
    expect(isSlotValidOn(slot('s'), '2030-01-01')).toBe(true);
  });
});

describe('generateLessons', () => {
  it('gives one lesson per matching weekday of every school day, with the slot data', () => {
    const lessons = generateLessons({
      slots: [
        slot('mon', { weekday: 1, lessonNumber: 2, room: '12' }),
        slot('wed', { weekday: 3 }),
      ],
      periods: PERIODS,
      from: '2025-09-01',
      to: '2025-09-10',
      workingWeekdays: FIVE_DAYS,
    });
    expect(lessons).toEqual([
      {
        assignmentId: 'a-mon',
        date: '2025-09-01',
        lessonNumber: 2,
        room: '12',
        timetableSlotId: 'mon',
      },
      {
        assignmentId: 'a-wed',
        date: '2025-09-03',
        lessonNumber: 1,
        room: null,
        timetableSlotId: 'wed',
      },
      {
        assignmentId: 'a-mon',
        date: '2025-09-08',
        lessonNumber: 2,
        room: '12',
        timetableSlotId: 'mon',
      },
      {
        assignmentId: 'a-wed',
        date: '2025-09-10',
        lessonNumber: 1,
        room: null,
        timetableSlotId: 'wed',
      },
    ]);
  });

  it('includes both ends of the range', () => {
    const lessons = generateLessons({
      slots: [slot('mon', { weekday: 1 })],
      periods: PERIODS,
      from: '2025-09-08',
      to: '2025-09-15',
      workingWeekdays: FIVE_DAYS,
    });
    expect(lessons.map((l) => l.date)).toEqual(['2025-09-08', '2025-09-15']);
  });

  it('sorts by date, then by lesson number, whatever the slot order', () => {
    const lessons = generateLessons({
      slots: [
        slot('tue3', { weekday: 2, lessonNumber: 3 }),
        slot('mon5', { weekday: 1, lessonNumber: 5 }),
        slot('mon1', { weekday: 1, lessonNumber: 1 }),
        slot('tue1', { weekday: 2, lessonNumber: 1 }),
      ],
      periods: PERIODS,
      from: '2025-09-01',
      to: '2025-09-02',
      workingWeekdays: FIVE_DAYS,
    });
    expect(lessons.map((l) => `${l.date}#${l.lessonNumber}`)).toEqual([
      '2025-09-01#1',
      '2025-09-01#5',
      '2025-09-02#1',
      '2025-09-02#3',
    ]);
  });

  it('orders two groups in the same lesson deterministically', () => {
    const input = {
      periods: PERIODS,
      from: '2025-09-01',
      to: '2025-09-01',
      workingWeekdays: FIVE_DAYS,
    };
    const g1 = slot('g1', { assignmentId: 'english-1' });
    const g2 = slot('g2', { assignmentId: 'english-2' });
    const forward = generateLessons({ ...input, slots: [g1, g2] });
    const backward = generateLessons({ ...input, slots: [g2, g1] });
    expect(forward.map((l) => l.assignmentId)).toEqual(['english-1', 'english-2']);
    expect(backward).toEqual(forward);
  });

  it('skips holidays between quarters and days outside every study period', () => {
    const lessons = generateLessons({
      slots: [slot('mon', { weekday: 1 })],
      periods: PERIODS,
      from: '2025-08-25',
      to: '2025-11-12',
      workingWeekdays: FIVE_DAYS,
    });
    const dates = lessons.map((l) => l.date);
    expect(dates).not.toContain('2025-08-25');
    expect(dates).toContain('2025-10-20');
    expect(dates).not.toContain('2025-10-27');
    expect(dates).not.toContain('2025-11-03');
    expect(dates).toContain('2025-11-10');
    expect(dates).toHaveLength(9);
  });

  it('skips a holiday in the middle of a quarter', () => {
    const lessons = generateLessons({
      slots: [slot('mon', { weekday: 1 }), slot('tue', { weekday: 2 })],
      periods: [...PERIODS, { kind: 'holiday', startsOn: '2025-10-06', endsOn: '2025-10-07' }],
      from: '2025-09-29',
      to: '2025-10-14',
      workingWeekdays: FIVE_DAYS,
    });
    expect(lessons.map((l) => l.date)).toEqual([
      '2025-09-29',
      '2025-09-30',
      '2025-10-13',
      '2025-10-14',
    ]);
  });

  it('ignores slots on days off of the school week, and uses Saturday on a six-day week', () => {
    const base = {
      slots: [slot('sat', { weekday: 6 })],
      periods: PERIODS,
      from: '2025-09-01',
      to: '2025-09-14',
    };
    expect(generateLessons({ ...base, workingWeekdays: FIVE_DAYS })).toEqual([]);
    expect(
      generateLessons({ ...base, workingWeekdays: [1, 2, 3, 4, 5, 6] }).map((l) => l.date),
    ).toEqual(['2025-09-06', '2025-09-13']);
  });

  it('applies a mid-year correction only from its date', () => {
    // From 10 November the Monday lesson moves from 2nd to 4th and to another room.
    const before = slot('old', {
      weekday: 1,
      lessonNumber: 2,
      room: '12',
      validTo: '2025-11-10',
    });
    const after = slot('new', {
      weekday: 1,
      lessonNumber: 4,
      room: '31',
      validFrom: '2025-11-10',
      assignmentId: before.assignmentId,
    });
    const lessons = generateLessons({
      slots: [after, before],
      periods: PERIODS,
      from: '2025-10-13',
      to: '2025-11-24',
      workingWeekdays: FIVE_DAYS,
    });
    expect(lessons.map((l) => [l.date, l.lessonNumber, l.room, l.timetableSlotId])).toEqual([
      ['2025-10-13', 2, '12', 'old'],
      ['2025-10-20', 2, '12', 'old'],
      ['2025-11-10', 4, '31', 'new'],
      ['2025-11-17', 4, '31', 'new'],
      ['2025-11-24', 4, '31', 'new'],
    ]);
  });

  it('moves a lesson to another weekday from the correction date', () => {
    const lessons = generateLessons({
      slots: [
        slot('mon', { weekday: 1, validTo: '2025-09-10' }),
        slot('thu', { weekday: 4, validFrom: '2025-09-10' }),
      ],
      periods: PERIODS,
      from: '2025-09-01',
      to: '2025-09-19',
      workingWeekdays: FIVE_DAYS,
    });
    expect(lessons.map((l) => l.date)).toEqual([
      '2025-09-01',
      '2025-09-08',
      '2025-09-11',
      '2025-09-18',
    ]);
  });

  it('gives nothing for a slot not yet valid or already closed in the range', () => {
    const lessons = generateLessons({
      slots: [
        slot('future', { validFrom: '2025-12-01' }),
        slot('closed', { validTo: '2025-09-01' }),
      ],
      periods: PERIODS,
      from: '2025-09-01',
      to: '2025-10-24',
      workingWeekdays: FIVE_DAYS,
    });
    expect(lessons).toEqual([]);
  });

  it('gives nothing for an empty or reversed range', () => {
    expect(
      generateLessons({
        slots: [slot('mon')],
        periods: PERIODS,
        from: '2025-09-02',
        to: '2025-09-01',
        workingWeekdays: FIVE_DAYS,
      }),
    ).toEqual([]);
  });

  it('counts a whole quarter correctly', () => {
    // 1 September – 24 October 2025: 8 Mondays; 2 lessons a week.
    const lessons = generateLessons({
      slots: [slot('mon', { weekday: 1 }), slot('fri', { weekday: 5, lessonNumber: 3 })],
      periods: PERIODS,
      from: '2025-09-01',
      to: '2025-10-24',
      workingWeekdays: FIVE_DAYS,
    });
    expect(lessons.filter((l) => l.timetableSlotId === 'mon')).toHaveLength(8);
    expect(lessons.filter((l) => l.timetableSlotId === 'fri')).toHaveLength(8);
    expect(lessons.at(-1)).toMatchObject({ date: '2025-10-24', lessonNumber: 3 });
  });
});

describe('detectSlotClashes', () => {
  const owners = new Map<string, SlotOwner>([
    ['math-5a', { teacherId: 'ivanova', classId: '5a', groupId: null }],
    ['math-5b', { teacherId: 'ivanova', classId: '5b', groupId: null }],
    ['russian-5a', { teacherId: 'petrova', classId: '5a', groupId: null }],
    ['russian-5b', { teacherId: 'petrova', classId: '5b', groupId: null }],
    ['english-5a-1', { teacherId: 'smith', classId: '5a', groupId: '5a-en-1' }],
    ['english-5a-2', { teacherId: 'jones', classId: '5a', groupId: '5a-en-2' }],
    ['english-5a-2-bis', { teacherId: 'brown', classId: '5a', groupId: '5a-en-2' }],
    ['elective-1', { teacherId: 'sidorov', classId: null, groupId: 'elective' }],
    ['elective-2', { teacherId: 'orlov', classId: null, groupId: 'elective' }],
    ['history-6a', { teacherId: 'kuznetsov', classId: '6a', groupId: null }],
  ]);
  const s = (id: string, assignmentId: string, over: Partial<TimetableSlot> = {}) =>
    slot(id, { assignmentId, ...over });

  it('accepts a timetable without clashes', () => {
    expect(
      detectSlotClashes(
        [
          s('1', 'math-5a', { room: '12' }),
          s('2', 'russian-5b', { room: '14' }),
          s('3', 'math-5b', { lessonNumber: 2, room: '12' }),
          s('4', 'russian-5a', { lessonNumber: 2, room: '14' }),
          s('5', 'math-5a', { weekday: 2, room: '12' }),
        ],
        owners,
      ),
    ).toEqual([]);
  });

  it('reports one teacher in two classes at once', () => {
    expect(detectSlotClashes([s('1', 'math-5a'), s('2', 'math-5b')], owners)).toEqual([
      'Понедельник, 1-й урок, с 01.09.2025: строки расписания 1 и 2 пересекаются (один и тот же учитель).',
    ]);
  });

  it('reports one class with two teachers at once', () => {
    expect(
      detectSlotClashes(
        [
          s('1', 'math-5a', { weekday: 3, lessonNumber: 4 }),
          s('2', 'russian-5a', { weekday: 3, lessonNumber: 4 }),
        ],
        owners,
      ),
    ).toEqual([
      'Среда, 4-й урок, с 01.09.2025: строки расписания 1 и 2 пересекаются (один и тот же класс).',
    ]);
  });

  it('reports one room used twice, but not two lessons without a room', () => {
    expect(
      detectSlotClashes(
        [s('1', 'math-5a', { room: '12' }), s('2', 'russian-5b', { room: '12' })],
        owners,
      ),
    ).toEqual([
      'Понедельник, 1-й урок, с 01.09.2025: строки расписания 1 и 2 пересекаются (один и тот же кабинет 12).',
    ]);
    expect(detectSlotClashes([s('1', 'math-5a'), s('2', 'russian-5b')], owners)).toEqual([]);
  });

  it('reports a duplicated slot once, naming every reason', () => {
    expect(
      detectSlotClashes(
        [s('1', 'math-5a', { room: '12' }), s('2', 'math-5a', { room: '12' })],
        owners,
      ),
    ).toEqual([
      'Понедельник, 1-й урок, с 01.09.2025: строки расписания 1 и 2 пересекаются (один и тот же учитель, один и тот же класс, один и тот же кабинет 12).',
    ]);
  });

  it('lets two groups of one class study at the same time', () => {
    expect(
      detectSlotClashes(
        [s('1', 'english-5a-1', { room: '21' }), s('2', 'english-5a-2', { room: '22' })],
        owners,
      ),
    ).toEqual([]);
  });

  it('reports the same group twice, and a whole-class lesson against one of its groups', () => {
    expect(detectSlotClashes([s('1', 'english-5a-2'), s('2', 'english-5a-2-bis')], owners)).toEqual(
      [
        'Понедельник, 1-й урок, с 01.09.2025: строки расписания 1 и 2 пересекаются (одна и та же группа).',
      ],
    );
    expect(detectSlotClashes([s('1', 'math-5a'), s('2', 'english-5a-1')], owners)).toEqual([
      'Понедельник, 1-й урок, с 01.09.2025: строки расписания 1 и 2 пересекаются (один и тот же класс).',
    ]);
    expect(detectSlotClashes([s('1', 'elective-1'), s('2', 'elective-2')], owners)).toEqual([
      'Понедельник, 1-й урок, с 01.09.2025: строки расписания 1 и 2 пересекаются (одна и та же группа).',
    ]);
  });

  it('does not mix a cross-class group with an unrelated class', () => {
    expect(detectSlotClashes([s('1', 'elective-1'), s('2', 'history-6a')], owners)).toEqual([]);
  });

  it('ignores slots at different times or on different days', () => {
    expect(
      detectSlotClashes(
        [
          s('1', 'math-5a'),
          s('2', 'math-5b', { lessonNumber: 2 }),
          s('3', 'math-5b', { weekday: 2 }),
        ],
        owners,
      ),
    ).toEqual([]);
  });

  it('ignores a correction: the closed slot and its replacement never apply on the same day', () => {
    expect(
      detectSlotClashes(
        [
          s('old', 'math-5a', { room: '12', validTo: '2025-11-10' }),
          s('new', 'math-5a', { room: '12', validFrom: '2025-11-10' }),
        ],
        owners,
      ),
    ).toEqual([]);
  });

  it('reports a clash only from the day both slots apply', () => {
    expect(
      detectSlotClashes(
        [
          s('1', 'math-5a', { validTo: '2025-12-01' }),
          s('2', 'math-5b', { validFrom: '2025-11-10', validTo: null }),
        ],
        owners,
      ),
    ).toEqual([
      'Понедельник, 1-й урок, с 10.11.2025: строки расписания 1 и 2 пересекаются (один и тот же учитель).',
    ]);
  });

  it('treats a null validTo as open-ended on either side', () => {
    expect(
      detectSlotClashes(
        [
          s('1', 'math-5a', { validFrom: '2026-01-12' }),
          s('2', 'math-5b', { validTo: '2026-01-13' }),
        ],
        owners,
      ),
    ).toEqual([
      'Понедельник, 1-й урок, с 12.01.2026: строки расписания 1 и 2 пересекаются (один и тот же учитель).',
    ]);
  });

  it('reports every clashing pair among three slots', () => {
    expect(
      detectSlotClashes([s('1', 'math-5a'), s('2', 'math-5b'), s('3', 'russian-5a')], owners),
    ).toEqual([
      'Понедельник, 1-й урок, с 01.09.2025: строки расписания 1 и 2 пересекаются (один и тот же учитель).',
      'Понедельник, 1-й урок, с 01.09.2025: строки расписания 1 и 3 пересекаются (один и тот же класс).',
    ]);
  });

  it('reports an empty validity and an unknown assignment, still checking the room', () => {
    expect(
      detectSlotClashes(
        [
          s('1', 'math-5a', { validFrom: '2025-10-01', validTo: '2025-10-01' }),
          s('2', 'ghost', { room: '12' }),
          s('3', 'russian-5b', { room: '12' }),
        ],
        owners,
      ),
    ).toEqual([
      'Строка расписания 1: окончание действия 01.10.2025 не позже начала 01.10.2025.',
      'Строка расписания 2: неизвестная нагрузка учителя ghost.',
      'Понедельник, 1-й урок, с 01.09.2025: строки расписания 2 и 3 пересекаются (один и тот же кабинет 12).',
    ]);
  });

  it('never reports a slot with an empty validity as clashing', () => {
    expect(
      detectSlotClashes(
        [s('1', 'math-5a', { validFrom: '2025-10-01', validTo: '2025-09-01' }), s('2', 'math-5b')],
        owners,
      ),
    ).toEqual(['Строка расписания 1: окончание действия 01.09.2025 не позже начала 01.10.2025.']);
  });

  it('names Saturday on a six-day week', () => {
    expect(
      detectSlotClashes(
        [
          s('1', 'math-5a', { weekday: 6, lessonNumber: 6 }),
          s('2', 'math-5b', { weekday: 6, lessonNumber: 6 }),
        ],
        owners,
      ),
    ).toEqual([
      'Суббота, 6-й урок, с 01.09.2025: строки расписания 1 и 2 пересекаются (один и тот же учитель).',
    ]);
  });
});

describe('lessonRangeProblem', () => {
  const year = { startsOn: '2026-09-01', endsOn: '2027-05-31' };

  it('accepts the whole year, one day, and the year’s first and last days', () => {
    expect(lessonRangeProblem({ from: '2026-09-01', to: '2027-05-31' }, year)).toBeNull();
    expect(lessonRangeProblem({ from: '2026-10-19', to: '2026-10-19' }, year)).toBeNull();
    expect(lessonRangeProblem({ from: '2027-05-31', to: '2027-05-31' }, year)).toBeNull();
  });

  it('refuses a reversed range, naming both dates', () => {
    expect(lessonRangeProblem({ from: '2026-11-15', to: '2026-10-19' }, year)).toEqual({
      field: 'from',
      message: 'Начало периода (15.11.2026) позже его конца (19.10.2026).',
    });
  });

  it('refuses a range that starts before or ends after the year, naming the field', () => {
    expect(lessonRangeProblem({ from: '2026-08-31', to: '2026-10-01' }, year)).toEqual({
      field: 'from',
      message: 'Уроки создаются только внутри учебного года (01.09.2026–31.05.2027).',
    });
    expect(lessonRangeProblem({ from: '2026-10-01', to: '2127-06-01' }, year)?.field).toBe('to');
  });
});
