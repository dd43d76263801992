import { describe, expect, it } from 'vitest';
import {
  addDays,
  correctionAllowed,
  endOfLocalDay,
  finalDeadline,
  finalTiming,
  gradeAllowsMarks,
  localDate,
  markEntryTiming,
  transferWindowCloses,
  type TransferWindow,
} from './deadlines.rules.js';

// Asia/Yekaterinburg is UTC+5 (no DST since 2014): 23:30 local is 18:30 UTC, and local
// midnight is 19:00 UTC of the day before. 2025-10-13 is a Monday.
const EKB = 'Asia/Yekaterinburg';
const at = (iso: string): Date => new Date(iso);

describe('addDays', () => {
  it('moves across months, years and leap days', () => {
    expect(addDays('2025-10-14', 7)).toBe('2025-10-21');
    expect(addDays('2025-10-31', 1)).toBe('2025-11-01');
    expect(addDays('2025-12-30', 3)).toBe('2026-01-02');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('throws on a non-date or a fractional count', () => {
    expect(() => addDays('2025-02-30', 1)).toThrow(RangeError);
    expect(() => addDays('14.10.2025', 1)).toThrow(RangeError);
    expect(() => addDays('2025-10-14', 0.5)).toThrow(RangeError);
  });
});

describe('localDate', () => {
  it('is the school day, not the UTC day', () => {
    expect(localDate(at('2025-10-14T18:30:00Z'), EKB)).toBe('2025-10-14'); // 23:30 local
    expect(localDate(at('2025-10-14T18:59:59.999Z'), EKB)).toBe('2025-10-14');
    expect(localDate(at('2025-10-14T19:00:00Z'), EKB)).toBe('2025-10-15'); // 00:00 local
    expect(localDate(at('2025-10-13T19:10:00Z'), EKB)).toBe('2025-10-14'); // UTC still the 13th
  });

  it('works for other zones of the country', () => {
    expect(localDate(at('2025-10-14T20:59:00Z'), 'Europe/Moscow')).toBe('2025-10-14');
    expect(localDate(at('2025-10-14T21:00:00Z'), 'Europe/Moscow')).toBe('2025-10-15');
    expect(localDate(at('2025-10-14T14:30:00Z'), 'Asia/Vladivostok')).toBe('2025-10-15');
    expect(localDate(at('2025-10-14T22:30:00Z'), 'Europe/Kaliningrad')).toBe('2025-10-15');
    expect(localDate(at('2025-10-14T21:30:00Z'), 'Europe/Kaliningrad')).toBe('2025-10-14');
  });

  it('uses the historical offset: Yekaterinburg was UTC+6 until October 2014', () => {
    expect(localDate(at('2014-01-15T18:30:00Z'), EKB)).toBe('2014-01-16'); // 00:30 at +6
    expect(localDate(at('2015-01-15T18:30:00Z'), EKB)).toBe('2015-01-15'); // 23:30 at +5
  });

  it('throws on an unknown zone or an invalid date', () => {
    expect(() => localDate(at('2025-10-14T10:00:00Z'), 'Mars/Olympus')).toThrow(RangeError);
    expect(() => localDate(new Date(Number.NaN), EKB)).toThrow(RangeError);
  });
});

describe('endOfLocalDay', () => {
  it('is 23:59:59.999 in the school zone', () => {
    expect(endOfLocalDay('2025-10-20', EKB).toISOString()).toBe('2025-10-20T18:59:59.999Z');
    expect(endOfLocalDay('2025-10-20', 'Europe/Moscow').toISOString()).toBe(
      '2025-10-20T20:59:59.999Z',
    );
    expect(endOfLocalDay('2014-10-22', EKB).toISOString()).toBe('2014-10-22T17:59:59.999Z'); // +6
  });

  it('handles zones that changed clocks at midnight', () => {
    // São Paulo sprang forward at 00:00 on 2018-11-04 (the 4th began at 01:00, 03:00 UTC) and
    // fell back at 00:00 on 2019-02-17 (23:00–23:59 of the 16th happened twice).
    expect(endOfLocalDay('2018-11-03', 'America/Sao_Paulo').toISOString()).toBe(
      '2018-11-04T02:59:59.999Z',
    );
    expect(endOfLocalDay('2019-02-16', 'America/Sao_Paulo').toISOString()).toBe(
      '2019-02-17T02:59:59.999Z',
    );
    expect(endOfLocalDay('2018-11-04', 'America/Sao_Paulo').toISOString()).toBe(
      '2018-11-05T01:59:59.999Z',
    );
  });

  it('handles a zone east of UTC that changed clocks at midnight', () => {
    // Tehran sprang forward at 00:00 on 2022-03-22 (+03:30 → +04:30) and fell back at 00:00 on
    // 2022-09-22 (23:00–23:59 of the 21st happened twice).
    expect(endOfLocalDay('2022-03-21', 'Asia/Tehran').toISOString()).toBe(
      '2022-03-21T20:29:59.999Z',
    );
    expect(endOfLocalDay('2022-09-21', 'Asia/Tehran').toISOString()).toBe(
      '2022-09-21T20:29:59.999Z',
    );
  });

  it('throws for a day the zone skipped', () => {
    expect(() => endOfLocalDay('2011-12-29', 'Pacific/Apia')).toThrow(RangeError);
  });

  it('follows a DST change on the day itself', () => {
    // Berlin springs forward on 2026-03-29 (+1 → +2) and falls back on 2026-10-25 (+2 → +1).
    expect(endOfLocalDay('2026-03-28', 'Europe/Berlin').toISOString()).toBe(
      '2026-03-28T22:59:59.999Z',
    );
    expect(endOfLocalDay('2026-03-29', 'Europe/Berlin').toISOString()).toBe(
      '2026-03-29T21:59:59.999Z',
    );
    expect(endOfLocalDay('2026-10-25', 'Europe/Berlin').toISOString()).toBe(
      '2026-10-25T22:59:59.999Z',
    );
  });
});

describe('markEntryTiming (M5)', () => {
  const oral = (enteredAt: string, lessonDate = '2025-10-14') =>
    markEntryTiming({ lessonDate, workKind: 'oral', enteredAt: at(enteredAt), timeZone: EKB });
  const written = (enteredAt: string, internalMonitoring?: boolean) =>
    markEntryTiming({
      lessonDate: '2025-10-14',
      workKind: 'written',
      enteredAt: at(enteredAt),
      timeZone: EKB,
      ...(internalMonitoring === undefined ? {} : { internalMonitoring }),
    });

  it('takes an oral mark at 23:30 local (18:30 UTC) as on the lesson day', () => {
    expect(oral('2025-10-14T18:30:00Z')).toEqual({
      status: 'on_time',
      enteredOn: '2025-10-14',
      lastDay: '2025-10-14',
    });
  });

  it('flags an oral mark at 00:10 local the next day as late', () => {
    expect(oral('2025-10-14T19:10:00Z')).toEqual({
      status: 'late',
      enteredOn: '2025-10-15',
      lastDay: '2025-10-14',
    });
  });

  it('takes 00:10 local on the lesson day as on time, though UTC is still the day before', () => {
    expect(oral('2025-10-13T19:10:00Z').status).toBe('on_time');
  });

  it('flags a mark entered before the lesson day as early', () => {
    expect(oral('2025-10-13T18:50:00Z').status).toBe('early'); // 23:50 local on the 13th
    expect(written('2025-10-10T10:00:00Z').status).toBe('early');
  });

  it('gives written works 7 days after the lesson, to the last local millisecond', () => {
    expect(written('2025-10-14T05:00:00Z')).toMatchObject({
      status: 'on_time',
      lastDay: '2025-10-21',
    });
    expect(written('2025-10-20T10:00:00Z').status).toBe('on_time');
    expect(written('2025-10-21T18:59:59.999Z').status).toBe('on_time'); // 23:59:59.999 on day 7
    expect(written('2025-10-21T19:00:00Z').status).toBe('late'); // 00:00 on day 8
    expect(written('2025-10-22T05:00:00Z').status).toBe('late');
  });

  it('gives internal monitoring works 3 days', () => {
    expect(written('2025-10-17T18:30:00Z', true)).toMatchObject({
      status: 'on_time',
      lastDay: '2025-10-17',
    });
    expect(written('2025-10-17T19:10:00Z', true).status).toBe('late');
    expect(written('2025-10-17T19:10:00Z', false).status).toBe('on_time');
  });

  it('keeps oral marks to the lesson day even under internal monitoring', () => {
    const r = markEntryTiming({
      lessonDate: '2025-10-14',
      workKind: 'oral',
      enteredAt: at('2025-10-15T05:00:00Z'),
      timeZone: EKB,
      internalMonitoring: true,
    });
    expect(r).toMatchObject({ status: 'late', lastDay: '2025-10-14' });
  });

  describe('after an outage (G4)', () => {
    // Down on Wednesday 15 and Thursday 16 October; back on Friday 17 at 10:00 local.
    const closesAt = transferWindowCloses(at('2025-10-17T05:00:00Z'), EKB, []);
    const window: TransferWindow = {
      from: '2025-10-15',
      to: '2025-10-16',
      opensOn: '2025-10-17',
      closesAt,
    };
    const entry = (
      lessonDate: string,
      workKind: 'oral' | 'written',
      enteredAt: string,
      w: TransferWindow | null = window,
    ) =>
      markEntryTiming({
        lessonDate,
        workKind,
        enteredAt: at(enteredAt),
        timeZone: EKB,
        transferWindow: w,
      });

    it('closes on Tuesday 21 October at 23:59:59.999 local', () => {
      expect(closesAt.toISOString()).toBe('2025-10-21T18:59:59.999Z');
    });

    it('accepts outage lessons as transferred until the window closes', () => {
      expect(entry('2025-10-15', 'oral', '2025-10-20T10:00:00Z').status).toBe('transferred');
      expect(entry('2025-10-16', 'oral', '2025-10-17T05:00:00Z').status).toBe('transferred');
      expect(entry('2025-10-16', 'written', '2025-10-21T18:59:59.999Z').status).toBe('transferred');
    });

    it('flags them late once the window has closed', () => {
      expect(entry('2025-10-15', 'oral', '2025-10-21T19:00:00Z').status).toBe('late');
    });

    it('applies the usual rules after the window for written works still within their week', () => {
      expect(entry('2025-10-16', 'written', '2025-10-22T05:00:00Z').status).toBe('on_time');
    });

    it('does not extend deadlines of lessons outside the outage', () => {
      expect(entry('2025-10-14', 'oral', '2025-10-17T05:00:00Z').status).toBe('late');
      expect(entry('2025-10-17', 'oral', '2025-10-17T06:00:00Z').status).toBe('on_time');
    });

    it('does not count entries made before the system came back as transferred', () => {
      expect(entry('2025-10-15', 'oral', '2025-10-16T05:00:00Z').status).toBe('late');
    });

    it('ignores a missing window', () => {
      expect(entry('2025-10-15', 'oral', '2025-10-20T10:00:00Z', null).status).toBe('late');
    });

    it('throws on a window that ends before it starts', () => {
      const bad = { ...window, from: '2025-10-17', to: '2025-10-15' };
      expect(() => entry('2025-10-15', 'oral', '2025-10-20T10:00:00Z', bad)).toThrow(RangeError);
    });
  });

  it('throws on an invalid lesson date', () => {
    expect(() => oral('2025-10-14T10:00:00Z', '2025-02-30')).toThrow(RangeError);
  });
});

describe('transferWindowCloses (G4, 002 §3.2)', () => {
  const closes = (opensAt: string, holidays: string[] = [], zone = EKB) =>
    transferWindowCloses(at(opensAt), zone, holidays).toISOString();

  it('counts two working days after a weekday opening', () => {
    expect(closes('2025-10-13T05:00:00Z')).toBe('2025-10-15T18:59:59.999Z'); // Mon → Wed
    expect(closes('2025-10-15T05:00:00Z')).toBe('2025-10-17T18:59:59.999Z'); // Wed → Fri
  });

  it('skips the weekend', () => {
    expect(closes('2025-10-16T05:00:00Z')).toBe('2025-10-20T18:59:59.999Z'); // Thu → Fri, Mon
    expect(closes('2025-10-17T05:00:00Z')).toBe('2025-10-21T18:59:59.999Z'); // Fri → Mon, Tue
    expect(closes('2025-10-18T05:00:00Z')).toBe('2025-10-21T18:59:59.999Z'); // Sat → Mon, Tue
    expect(closes('2025-10-19T05:00:00Z')).toBe('2025-10-21T18:59:59.999Z'); // Sun → Mon, Tue
  });

  it('skips holidays (3–4 November 2025)', () => {
    expect(closes('2025-10-31T05:00:00Z')).toBe('2025-11-04T18:59:59.999Z'); // Fri → Mon, Tue
    expect(closes('2025-10-31T05:00:00Z', ['2025-11-03', '2025-11-04'])).toBe(
      '2025-11-06T18:59:59.999Z', // Fri → Wed, Thu
    );
    expect(closes('2025-10-31T05:00:00Z', ['2025-11-04'])).toBe('2025-11-05T18:59:59.999Z'); // Mon, Wed
  });

  it('skips the New Year holidays', () => {
    const newYear = [
      '2026-01-01',
      '2026-01-02',
      '2026-01-05',
      '2026-01-06',
      '2026-01-07',
      '2026-01-08',
    ];
    expect(closes('2025-12-31T05:00:00Z', newYear)).toBe('2026-01-12T18:59:59.999Z'); // Fri 9, Mon 12
  });

  it('counts from the local day of reopening, not the UTC day', () => {
    // 19:30 UTC on Thursday is 00:30 on Friday in Yekaterinburg: Mon, Tue — not Fri, Mon.
    expect(closes('2025-10-16T19:30:00Z')).toBe('2025-10-21T18:59:59.999Z');
    expect(closes('2025-10-16T18:30:00Z')).toBe('2025-10-20T18:59:59.999Z');
  });

  it('closes at local midnight of the zone given', () => {
    expect(closes('2025-10-16T07:00:00Z', [], 'Europe/Moscow')).toBe('2025-10-20T20:59:59.999Z');
    const end = transferWindowCloses(at('2025-10-16T07:00:00Z'), 'Europe/Moscow', []);
    expect(localDate(end, 'Europe/Moscow')).toBe('2025-10-20');
    expect(localDate(new Date(end.getTime() + 1), 'Europe/Moscow')).toBe('2025-10-21');
  });

  it('throws on a malformed holiday', () => {
    expect(() => closes('2025-10-16T05:00:00Z', ['04.11.2025'])).toThrow(RangeError);
  });
});

describe('finalDeadline and finalTiming (M5)', () => {
  it('opens 6 days before the period ends and closes 3 days after', () => {
    expect(finalDeadline('2025-10-26')).toEqual({ opens: '2025-10-20', lastDay: '2025-10-29' });
    expect(finalDeadline('2025-12-30')).toEqual({ opens: '2025-12-24', lastDay: '2026-01-02' });
    expect(() => finalDeadline('2025-13-01')).toThrow(RangeError);
  });

  const timing = (enteredAt: string, deferredUntil?: string | null) =>
    finalTiming(
      '2025-10-26',
      at(enteredAt),
      EKB,
      deferredUntil === undefined ? {} : { deferredUntil },
    );

  it('is early before the last week, by local time', () => {
    expect(timing('2025-10-19T18:30:00Z')).toBe('early'); // 23:30 on the 19th
    expect(timing('2025-10-19T19:00:00Z')).toBe('on_time'); // 00:00 on the 20th
  });

  it('is late after the 3rd day after the period, by local time', () => {
    expect(timing('2025-10-26T10:00:00Z')).toBe('on_time');
    expect(timing('2025-10-29T18:59:59.999Z')).toBe('on_time');
    expect(timing('2025-10-29T19:00:00Z')).toBe('late');
  });

  it('extends to a deferral for an ill student, never shortens', () => {
    expect(timing('2025-11-10T18:00:00Z', '2025-11-10')).toBe('on_time');
    expect(timing('2025-11-10T19:00:00Z', '2025-11-10')).toBe('late');
    expect(timing('2025-10-29T18:00:00Z', '2025-10-27')).toBe('on_time');
    expect(timing('2025-10-30T05:00:00Z', null)).toBe('late');
    expect(() => timing('2025-10-30T05:00:00Z', '30.10.2025')).toThrow(RangeError);
  });
});

describe('correctionAllowed (M4, 003 §8.6)', () => {
  const created = at('2025-10-14T06:00:00Z');
  const after = (ms: number) => new Date(created.getTime() + ms);
  const DAY = 86_400_000;

  it('lets the author and the class teacher correct within 7 days, inclusive', () => {
    for (const by of ['author', 'class_teacher'] as const) {
      expect(
        correctionAllowed({
          markCreatedAt: created,
          now: after(60_000),
          by,
          deputyApproval: false,
        }),
      ).toEqual({
        allowed: true,
      });
      expect(
        correctionAllowed({
          markCreatedAt: created,
          now: after(7 * DAY),
          by,
          deputyApproval: false,
        }),
      ).toEqual({
        allowed: true,
      });
    }
  });

  it('needs the deputy director after 7 days', () => {
    const late = correctionAllowed({
      markCreatedAt: created,
      now: after(7 * DAY + 1),
      by: 'author',
      deputyApproval: false,
    });
    expect(late.allowed).toBe(false);
    expect(late.reason).toBe(
      'С момента выставления отметки прошло больше 7 дней: исправить её можно только с разрешения заместителя директора.',
    );
    expect(
      correctionAllowed({
        markCreatedAt: created,
        now: after(7 * DAY + 1),
        by: 'class_teacher',
        deputyApproval: true,
      }),
    ).toEqual({ allowed: true });
    expect(
      correctionAllowed({
        markCreatedAt: created,
        now: after(60 * DAY),
        by: 'author',
        deputyApproval: true,
      }).allowed,
    ).toBe(true);
  });

  it('never lets anyone else correct, approval or not', () => {
    for (const [ms, approval] of [
      [0, false],
      [60_000, true],
      [8 * DAY, true],
    ] as const) {
      const r = correctionAllowed({
        markCreatedAt: created,
        now: after(ms),
        by: 'other',
        deputyApproval: approval,
      });
      expect(r.allowed).toBe(false);
      expect(r.reason).toBe(
        'Исправить отметку может только учитель, который её выставил, или классный руководитель.',
      );
    }
  });

  it('treats a clock slightly behind the creation time as within the window', () => {
    expect(
      correctionAllowed({
        markCreatedAt: created,
        now: after(-1000),
        by: 'author',
        deputyApproval: false,
      }).allowed,
    ).toBe(true);
  });

  it('throws on invalid instants', () => {
    expect(() =>
      correctionAllowed({
        markCreatedAt: new Date(Number.NaN),
        now: created,
        by: 'author',
        deputyApproval: false,
      }),
    ).toThrow(RangeError);
    expect(() =>
      correctionAllowed({
        markCreatedAt: created,
        now: new Date('garbage'),
        by: 'author',
        deputyApproval: false,
      }),
    ).toThrow(RangeError);
  });
});

describe('gradeAllowsMarks (M3, 000 §5.7)', () => {
  it('refuses marks in grade 1 only', () => {
    expect(gradeAllowsMarks(1)).toBe(false);
    for (let g = 2; g <= 12; g++) expect(gradeAllowsMarks(g)).toBe(true);
  });

  it('throws on a grade that does not exist', () => {
    for (const g of [0, 13, 1.5, -1, Number.NaN])
      expect(() => gradeAllowsMarks(g)).toThrow(RangeError);
  });
});
