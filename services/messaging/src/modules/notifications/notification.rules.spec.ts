import { describe, expect, it } from 'vitest';
import {
  nextDigestAt,
  notificationText,
  planDeliveries,
  quietHoursEnd,
  recipientsOf,
  retryAfter,
  type PreferenceFacts,
} from './notification.rules.js';

const TZ = 'Asia/Yekaterinburg'; // UTC+5
const at = (iso: string) => new Date(iso);

describe('recipients (C2)', () => {
  const people = { studentId: 's', parentIds: ['p1', 'p2', 'p1'], classTeacherIds: ['ct'] };
  it('sends a student’s news to the student and each parent once', () => {
    expect(recipientsOf('mark', people)).toEqual(['s', 'p1', 'p2']);
    expect(recipientsOf('absence', people)).toEqual(['s', 'p1', 'p2']);
  });
  it('sends non-attendance to the class teacher only', () => {
    expect(recipientsOf('nonattendance', people)).toEqual(['ct']);
  });
});

describe('texts', () => {
  it('name the fact and the date, never a person', () => {
    const t = notificationText({
      kind: 'mark',
      value: '5',
      workType: 'control',
      date: '2026-11-23',
    });
    expect(t.title).toBe('Новая отметка «5»');
    expect(t.body).toContain('контрольную работу, 23.11.2026');
  });

  it('tell a new homework from a changed one', () => {
    expect(notificationText({ kind: 'homework', dueOn: '2026-11-25' })).toEqual({
      title: 'Новое домашнее задание',
      body: 'Задано домашнее задание к 25.11.2026. Текст задания в электронном дневнике.',
    });
    expect(notificationText({ kind: 'homework', dueOn: '2026-11-27', changed: true })).toEqual({
      title: 'Домашнее задание изменено',
      body: 'Домашнее задание изменено, срок — 27.11.2026. Новый текст задания в электронном дневнике.',
    });
    expect(notificationText({ kind: 'homework', dueOn: null, changed: true }).body).toBe(
      'Домашнее задание изменено. Новый текст задания в электронном дневнике.',
    );
  });
});

describe('quiet hours (local time)', () => {
  const night = { start: '22:00', end: '07:00' };
  it('hold an SMS at 23:30 until 07:00 the next morning', () => {
    // 23:30 in Yekaterinburg is 18:30Z; 07:00 next day is 02:00Z.
    expect(quietHoursEnd(at('2026-11-23T18:30:00Z'), TZ, night)).toEqual(
      at('2026-11-24T02:00:00Z'),
    );
  });
  it('hold at 06:59 until 07:00, and not at 07:00 or in the afternoon', () => {
    expect(quietHoursEnd(at('2026-11-24T01:59:00Z'), TZ, night)).toEqual(
      at('2026-11-24T02:00:00Z'),
    );
    expect(quietHoursEnd(at('2026-11-24T02:00:00Z'), TZ, night)).toBeNull();
    expect(quietHoursEnd(at('2026-11-24T09:00:00Z'), TZ, night)).toBeNull();
  });
  it('work within one day and ignore nonsense', () => {
    const lunch = { start: '13:00', end: '14:00' };
    expect(quietHoursEnd(at('2026-11-24T08:10:00Z'), TZ, lunch)).toEqual(
      at('2026-11-24T09:00:00Z'),
    );
    expect(
      quietHoursEnd(at('2026-11-24T08:10:00Z'), TZ, { start: '25:00', end: '07:00' }),
    ).toBeNull();
    expect(quietHoursEnd(at('2026-11-24T08:10:00Z'), TZ, null)).toBeNull();
  });
});

it('the digest leaves at 19:00 school time, today or tomorrow', () => {
  expect(nextDigestAt(at('2026-11-23T08:00:00Z'), TZ)).toEqual(at('2026-11-23T14:00:00Z'));
  expect(nextDigestAt(at('2026-11-23T15:00:00Z'), TZ)).toEqual(at('2026-11-24T14:00:00Z'));
});

describe('planning deliveries', () => {
  const base: PreferenceFacts = {
    email: 'parent@example.ru',
    phone: '+79990000000',
    mutedKinds: [],
    emailEnabled: true,
    smsEnabled: true,
    quiet: { start: '22:00', end: '07:00' },
    dailyDigest: false,
  };
  const both = new Set(['email', 'sms'] as const);
  const now = at('2026-11-23T18:30:00Z'); // 23:30 local
  it('sends e-mail now and holds the SMS until morning', () => {
    const plans = planDeliveries({
      kind: 'mark',
      preference: base,
      channels: both,
      now,
      timeZone: TZ,
    });
    expect(plans).toEqual([
      { channel: 'email', address: 'parent@example.ru', digest: false, notBefore: now },
      {
        channel: 'sms',
        address: '+79990000000',
        digest: false,
        notBefore: at('2026-11-24T02:00:00Z'),
      },
    ]);
  });
  it('sends nothing external for a muted kind, no preference, or unconfigured channels', () => {
    expect(
      planDeliveries({
        kind: 'mark',
        preference: { ...base, mutedKinds: ['mark'] },
        channels: both,
        now,
        timeZone: TZ,
      }),
    ).toEqual([]);
    expect(
      planDeliveries({ kind: 'mark', preference: null, channels: both, now, timeZone: TZ }),
    ).toEqual([]);
    expect(
      planDeliveries({ kind: 'mark', preference: base, channels: new Set(), now, timeZone: TZ }),
    ).toEqual([]);
  });
  it('puts e-mail into the daily digest when asked', () => {
    const [email] = planDeliveries({
      kind: 'mark',
      preference: { ...base, dailyDigest: true, phone: null },
      channels: both,
      now,
      timeZone: TZ,
    });
    expect(email).toMatchObject({ digest: true, notBefore: at('2026-11-24T14:00:00Z') });
  });
});

it('backs off exponentially and gives up after five attempts', () => {
  expect([1, 2, 3, 4].map((n) => retryAfter(n, 1000))).toEqual([1000, 2000, 4000, 8000]);
  expect(retryAfter(5, 1000)).toBeNull();
});
