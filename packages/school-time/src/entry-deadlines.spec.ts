import { describe, expect, it } from 'vitest';
import {
  recordEntryTiming,
  withinCorrectionWindow,
  type TransferWindowSpan,
} from './entry-deadlines.js';

const EKB = 'Asia/Yekaterinburg';
const at = (iso: string): Date => new Date(iso);
// Monday 13 October 2025.
const lesson = (enteredAt: string, daysAllowed = 0, transferWindow?: TransferWindowSpan) =>
  recordEntryTiming({
    lessonDate: '2025-10-13',
    daysAllowed,
    enteredAt: at(enteredAt),
    timeZone: EKB,
    transferWindow: transferWindow ?? null,
  });

describe('recordEntryTiming', () => {
  it('takes the lesson day in local time, to the last millisecond', () => {
    expect(lesson('2025-10-13T18:30:00Z').status).toBe('on_time'); // 23:30 local
    expect(lesson('2025-10-13T18:59:59.999Z').status).toBe('on_time');
    expect(lesson('2025-10-13T19:00:00Z')).toEqual({
      status: 'late',
      enteredOn: '2025-10-14',
      lastDay: '2025-10-13',
    });
  });

  it('counts 00:10 local on the lesson day as on time though UTC is still the day before', () => {
    expect(lesson('2025-10-12T19:10:00Z').status).toBe('on_time');
  });

  it('calls an entry before the lesson day early', () => {
    expect(lesson('2025-10-12T18:59:00Z').status).toBe('early');
  });

  it('allows more days when asked (written works)', () => {
    expect(lesson('2025-10-20T18:59:59Z', 7).status).toBe('on_time');
    expect(lesson('2025-10-20T19:00:00Z', 7).status).toBe('late');
  });

  describe('after an outage (G4)', () => {
    // Outage on 13–14 October; back on Thursday the 16th; the window closes on Monday the 20th.
    const window: TransferWindowSpan = {
      from: '2025-10-13',
      to: '2025-10-14',
      opensOn: '2025-10-16',
      closesAt: at('2025-10-20T18:59:59.999Z'),
    };

    it('takes outage lessons as transferred until the window closes', () => {
      expect(lesson('2025-10-16T05:00:00Z', 0, window).status).toBe('transferred');
      expect(lesson('2025-10-20T18:59:59.999Z', 0, window).status).toBe('transferred');
      expect(lesson('2025-10-20T19:00:00Z', 0, window).status).toBe('late');
    });

    it('does not count entries made before the system came back', () => {
      expect(lesson('2025-10-15T05:00:00Z', 0, window).status).toBe('late');
    });

    it('does not extend lessons outside the outage', () => {
      const outside = recordEntryTiming({
        lessonDate: '2025-10-15',
        daysAllowed: 0,
        enteredAt: at('2025-10-16T05:00:00Z'),
        timeZone: EKB,
        transferWindow: window,
      });
      expect(outside.status).toBe('late');
    });

    it('throws on a window that ends before it starts', () => {
      expect(() =>
        lesson('2025-10-16T05:00:00Z', 0, { ...window, from: '2025-10-15', to: '2025-10-14' }),
      ).toThrow(RangeError);
    });
  });

  it('throws on an invalid lesson date or day count', () => {
    expect(() =>
      recordEntryTiming({
        lessonDate: '2025-13-01',
        daysAllowed: 0,
        enteredAt: at('2025-10-13T05:00:00Z'),
        timeZone: EKB,
      }),
    ).toThrow(RangeError);
    expect(() => lesson('2025-10-13T05:00:00Z', -1)).toThrow(RangeError);
  });
});

describe('withinCorrectionWindow (003 §8.6)', () => {
  const created = at('2025-10-13T05:00:00Z');

  it('is open for 7×24 hours, inclusive', () => {
    expect(withinCorrectionWindow(created, at('2025-10-20T05:00:00Z'))).toBe(true);
    expect(withinCorrectionWindow(created, at('2025-10-20T05:00:00.001Z'))).toBe(false);
  });

  it('tolerates a clock slightly behind the record', () => {
    expect(withinCorrectionWindow(created, at('2025-10-13T04:59:00Z'))).toBe(true);
  });

  it('throws on invalid instants', () => {
    expect(() => withinCorrectionWindow(new Date(Number.NaN), created)).toThrow(RangeError);
  });
});
