import { describe, expect, it } from 'vitest';
import {
  currentRecords,
  latestReasons,
  monthRange,
  shareMissed,
  sumTotals,
  tally,
  tallyByStudent,
  type TallyRecord,
} from './report.rules.js';

const rec = (
  studentId: string,
  subjectId: string,
  status: TallyRecord['status'],
  reason: TallyRecord['reason'] = null,
  lateMinutes: number | null = null,
): TallyRecord => ({ studentId, subjectId, status, reason, lateMinutes });

describe('tally (P3)', () => {
  it('counts missed lessons by reason, and lateness with its minutes', () => {
    expect(
      tally([
        rec('p', 'algebra', 'absent', 'illness_certified'),
        rec('p', 'algebra', 'absent', 'unexcused'),
        rec('p', 'russian', 'absent', 'family'),
        rec('p', 'russian', 'absent'),
        rec('p', 'russian', 'late', null, 10),
        rec('p', 'algebra', 'late', null, 3),
        rec('p', 'algebra', 'present'),
      ]),
    ).toEqual({
      lessonsMissed: 4,
      excused: 2,
      unexcused: 1,
      withoutReason: 1,
      late: 2,
      lateMinutes: 13,
    });
  });

  it('keeps excused + unexcused + without reason equal to the lessons missed', () => {
    const kinds = [null, 'illness', 'unexcused', 'competition', 'other_excused'] as const;
    const records = Array.from({ length: 23 }, (_, i) => rec('a', 's', 'absent', kinds[i % 5]));
    const t = tally(records);
    expect(t.excused + t.unexcused + t.withoutReason).toBe(t.lessonsMissed);
    expect(t.lessonsMissed).toBe(23);
  });
});

describe('tallyByStudent', () => {
  it('lists every student given, splits by subject, and ignores others', () => {
    const rows = tallyByStudent(
      ['anya', 'petya'],
      [
        rec('petya', 'algebra', 'absent', 'unexcused'),
        rec('petya', 'russian', 'late', null, 5),
        rec('petya', 'algebra', 'absent'),
        rec('ilya', 'algebra', 'absent'),
      ],
    );
    expect(rows.map((r) => r.studentId)).toEqual(['anya', 'petya']);
    expect(rows[0]!.totals.lessonsMissed).toBe(0);
    expect(rows[0]!.bySubject).toEqual([]);
    const petya = rows[1]!;
    expect(petya.totals).toMatchObject({
      lessonsMissed: 2,
      unexcused: 1,
      withoutReason: 1,
      late: 1,
    });
    expect(
      petya.bySubject.map((s) => [s.subjectId, s.totals.lessonsMissed, s.totals.late]),
    ).toEqual([
      ['algebra', 2, 0],
      ['russian', 0, 1],
    ]);
    expect(sumTotals(rows.map((r) => r.totals))).toEqual(petya.totals);
  });
});

describe('shareMissed', () => {
  it('is absences over student-lessons, to a hundredth of a percent', () => {
    expect(shareMissed(3, 120)).toBe(0.025);
    expect(shareMissed(1, 3)).toBe(0.3333);
    expect(shareMissed(0, 0)).toBe(0);
  });

  it('throws on counts that are not counts', () => {
    expect(() => shareMissed(-1, 10)).toThrow(RangeError);
    expect(() => shareMissed(1, 2.5)).toThrow(RangeError);
  });
});

describe('currentRecords and latestReasons', () => {
  it('drops records a correction replaced', () => {
    const records = [
      { id: 'a', replacesRecordId: null },
      { id: 'b', replacesRecordId: 'a' },
      { id: 'c', replacesRecordId: 'b' },
      { id: 'd', replacesRecordId: null },
    ];
    expect(currentRecords(records).map((r) => r.id)).toEqual(['c', 'd']);
  });

  it('keeps the last reason given for a student’s lesson', () => {
    const latest = latestReasons([
      { lessonId: 'l1', studentId: 's', kind: 'unexcused' },
      { lessonId: 'l2', studentId: 's', kind: 'family' },
      { lessonId: 'l1', studentId: 's', kind: 'illness' },
    ]);
    expect(latest.get('l1:s')?.kind).toBe('illness');
    expect(latest.size).toBe(2);
  });
});

describe('monthRange', () => {
  it('gives the first and last day, leap years included', () => {
    expect(monthRange('2026-11')).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(monthRange('2026-12')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(monthRange('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
  });

  it('refuses what is not a month', () => {
    expect(monthRange('2026-13')).toBeNull();
    expect(monthRange('2026-1')).toBeNull();
    expect(monthRange('ноябрь')).toBeNull();
  });
});
