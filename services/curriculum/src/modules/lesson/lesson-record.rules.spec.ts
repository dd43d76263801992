import { describe, expect, it } from 'vitest';
import { recordTiming } from './lesson-record.rules.js';

const EKB = 'Asia/Yekaterinburg'; // UTC+5, no DST
const timing = (
  lessonDate: string,
  recordedAtUtc: string,
  timeZone = EKB,
  transferWindow?: { from: string; to: string } | null,
) =>
  recordTiming({ lessonDate, recordedAt: new Date(recordedAtUtc), timeZone, transferWindow })
    .status;

describe('recordTiming', () => {
  it('is on time during the lesson day', () => {
    expect(timing('2026-03-10', '2026-03-10T03:00:00Z')).toBe('on_time'); // 08:00 local
    expect(timing('2026-03-10', '2026-03-10T14:59:00Z')).toBe('on_time'); // 19:59 local
  });

  it('is on time at 20:00:00 exactly and late at 20:00:01 and 20:01 (Yekaterinburg)', () => {
    expect(timing('2026-03-10', '2026-03-10T14:59:59Z')).toBe('on_time');
    expect(timing('2026-03-10', '2026-03-10T15:00:00Z')).toBe('on_time');
    expect(timing('2026-03-10', '2026-03-10T15:00:00.900Z')).toBe('on_time');
    expect(timing('2026-03-10', '2026-03-10T15:00:01Z')).toBe('late');
    expect(timing('2026-03-10', '2026-03-10T15:01:00Z')).toBe('late');
    expect(timing('2026-03-10', '2026-03-10T16:00:00Z')).toBe('late'); // 21:00 local
  });

  it('reads 20:00 in the school zone, not in UTC or on the server', () => {
    // 16:30 UTC is 19:30 in Moscow (UTC+3) but 21:30 in Yekaterinburg (UTC+5); 13:00 UTC is
    // 20:00 in Novosibirsk (UTC+7).
    expect(timing('2026-03-10', '2026-03-10T16:30:00Z', 'Europe/Moscow')).toBe('on_time');
    expect(timing('2026-03-10', '2026-03-10T16:30:00Z', EKB)).toBe('late');
    expect(timing('2026-03-10', '2026-03-10T13:00:00Z', 'Asia/Novosibirsk')).toBe('on_time');
    expect(timing('2026-03-10', '2026-03-10T13:00:01Z', 'Asia/Novosibirsk')).toBe('late');
  });

  it('is late on any later day, including just after local midnight', () => {
    expect(timing('2026-03-10', '2026-03-10T19:00:00Z')).toBe('late'); // 00:00 on 11 March local
    expect(timing('2026-03-10', '2026-03-11T03:00:00Z')).toBe('late'); // 08:00 the next morning
    expect(timing('2026-03-10', '2026-04-01T03:00:00Z')).toBe('late');
  });

  it('is early before the lesson day, even one second before local midnight', () => {
    expect(timing('2026-03-10', '2026-03-09T18:59:59Z')).toBe('early'); // 23:59:59 on 9 March
    expect(timing('2026-03-10', '2026-03-09T19:00:00Z')).toBe('on_time'); // 00:00 on 10 March
    expect(timing('2026-03-10', '2026-03-01T10:00:00Z')).toBe('early');
  });

  it('uses the local date, which differs from the UTC date in the evening', () => {
    // 21:00 UTC on 9 March is already 10 March in Yekaterinburg (02:00).
    expect(timing('2026-03-10', '2026-03-09T21:00:00Z')).toBe('on_time');
    expect(timing('2026-03-09', '2026-03-09T21:00:00Z')).toBe('late');
  });

  it('handles 29 February of a leap year', () => {
    expect(timing('2024-02-29', '2024-02-29T14:30:00Z')).toBe('on_time');
    expect(timing('2024-02-29', '2024-02-29T15:30:00Z')).toBe('late');
    expect(timing('2024-02-29', '2024-02-28T20:00:00Z')).toBe('on_time'); // 01:00 on 29 Feb
    expect(timing('2024-03-01', '2024-02-29T12:00:00Z')).toBe('early');
  });

  describe('with a temporary-journal transfer window (G4)', () => {
    const window = { from: '2026-03-02', to: '2026-03-04' };

    it('marks a lesson inside the window as transferred, however late, both ends included', () => {
      expect(timing('2026-03-02', '2026-03-06T10:00:00Z', EKB, window)).toBe('transferred');
      expect(timing('2026-03-03', '2026-03-06T10:00:00Z', EKB, window)).toBe('transferred');
      expect(timing('2026-03-04', '2026-03-06T10:00:00Z', EKB, window)).toBe('transferred');
      expect(timing('2026-03-04', '2026-03-04T16:00:00Z', EKB, window)).toBe('transferred');
    });

    it('leaves lessons outside the window to the usual rule', () => {
      expect(timing('2026-03-01', '2026-03-06T10:00:00Z', EKB, window)).toBe('late');
      expect(timing('2026-03-05', '2026-03-06T10:00:00Z', EKB, window)).toBe('late');
      expect(timing('2026-03-05', '2026-03-05T10:00:00Z', EKB, window)).toBe('on_time');
    });

    it('still calls a record before the lesson day early', () => {
      expect(timing('2026-03-04', '2026-03-02T10:00:00Z', EKB, window)).toBe('early');
    });

    it('treats a null or absent window as none', () => {
      expect(timing('2026-03-03', '2026-03-06T10:00:00Z', EKB, null)).toBe('late');
      expect(timing('2026-03-03', '2026-03-06T10:00:00Z', EKB, undefined)).toBe('late');
    });
  });

  it('throws on an unknown time zone rather than guessing', () => {
    expect(() => timing('2026-03-10', '2026-03-10T10:00:00Z', 'Mars/Olympus')).toThrow(RangeError);
  });
});
