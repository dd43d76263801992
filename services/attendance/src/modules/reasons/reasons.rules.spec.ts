import { describe, expect, it } from 'vitest';
import {
  checkNotice,
  isExcused,
  MAX_NOTICE_DAYS,
  noticeApplies,
  noticeCovers,
} from './reasons.rules.js';

describe('reasons (P2)', () => {
  it('excuses every reason but "unexcused"', () => {
    expect(isExcused('illness_certified')).toBe(true);
    expect(isExcused('illness')).toBe(true);
    expect(isExcused('competition')).toBe(true);
    expect(isExcused('unexcused')).toBe(false);
  });
});

describe('checkNotice', () => {
  const today = '2026-11-23';
  const notice = (fromDate: string, toDate: string, kind = 'illness' as const) =>
    checkNotice({ fromDate, toDate, kind, today });

  it('accepts a notice in advance and one for this morning', () => {
    expect(notice('2026-11-25', '2026-11-27')).toEqual({ ok: true });
    expect(notice('2026-11-23', '2026-11-23')).toEqual({ ok: true });
    expect(notice('2026-11-20', '2026-11-24')).toEqual({ ok: true });
  });

  it('refuses a range that ends first, is too long, or excuses old absences', () => {
    expect(notice('2026-11-27', '2026-11-25')).toMatchObject({ ok: false, field: 'toDate' });
    expect(notice('2026-11-24', '2026-12-24')).toMatchObject({ ok: false, field: 'toDate' });
    expect(notice('2026-11-24', '2026-12-23')).toEqual({ ok: true }); // 30 days
    expect(MAX_NOTICE_DAYS).toBe(30);
    expect(notice('2026-11-19', '2026-11-24')).toMatchObject({ ok: false, field: 'fromDate' });
  });

  it('refuses "unexcused" and the certificate as a parent’s reason', () => {
    expect(checkNotice({ fromDate: today, toDate: today, kind: 'unexcused', today })).toMatchObject(
      { ok: false, field: 'kind' },
    );
    expect(
      checkNotice({ fromDate: today, toDate: today, kind: 'illness_certified', today }),
    ).toMatchObject({ ok: false, field: 'kind' });
  });
});

describe('confirmed notices', () => {
  it('cover their dates, both ends included', () => {
    const n = { fromDate: '2026-11-24', toDate: '2026-11-26' };
    expect(noticeCovers(n, '2026-11-23')).toBe(false);
    expect(noticeCovers(n, '2026-11-24')).toBe(true);
    expect(noticeCovers(n, '2026-11-26')).toBe(true);
    expect(noticeCovers(n, '2026-11-27')).toBe(false);
  });

  it('excuse absences without a reason or taken as unexcused, and keep excused ones', () => {
    expect(noticeApplies(null)).toBe(true);
    expect(noticeApplies('unexcused')).toBe(true);
    expect(noticeApplies('illness_certified')).toBe(false);
    expect(noticeApplies('family')).toBe(false);
  });
});
