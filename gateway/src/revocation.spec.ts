import { describe, expect, it } from 'vitest';
import {
  applyRevocationPage,
  feedState,
  forgetExpired,
  revocationPageSchema,
  sessionVerdict,
  type RevokedSessions,
} from './revocation.js';

const now = Date.parse('2026-11-23T10:00:00Z');
const page = (sessions: { id: string; revokedAt: number }[], retentionSeconds = 660) => ({
  cursor: String(now),
  retentionSeconds,
  sessions,
});

describe('applyRevocationPage', () => {
  it('remembers each revoked session until its tokens can no longer be valid', () => {
    const revoked = applyRevocationPage(
      new Map(),
      page([{ id: 's1', revokedAt: now - 1_000 }]),
      now,
    );
    expect([...revoked]).toEqual([['s1', now - 1_000 + 660_000]]);
  });

  it('keeps the later expiry when a session comes twice (the feed overlaps its polls)', () => {
    const revoked: RevokedSessions = new Map([['s1', now + 100_000]]);
    applyRevocationPage(revoked, page([{ id: 's1', revokedAt: now - 600_000 }]), now);
    expect(revoked.get('s1')).toBe(now + 100_000);
    applyRevocationPage(revoked, page([{ id: 's1', revokedAt: now }]), now);
    expect(revoked.get('s1')).toBe(now + 660_000);
  });

  it('skips sessions whose tokens have all expired already, and forgets old ones', () => {
    const revoked: RevokedSessions = new Map([['old', now - 1]]);
    applyRevocationPage(
      revoked,
      page([
        { id: 'gone', revokedAt: now - 660_000 },
        { id: 'live', revokedAt: now - 659_999 },
      ]),
      now,
    );
    expect([...revoked.keys()]).toEqual(['live']);
  });

  it('uses the retention identity sends', () => {
    const revoked = applyRevocationPage(new Map(), page([{ id: 's', revokedAt: now }], 60), now);
    expect(revoked.get('s')).toBe(now + 60_000);
  });
});

describe('forgetExpired', () => {
  it('drops exactly the entries due at or before now', () => {
    const revoked: RevokedSessions = new Map([
      ['a', now - 1],
      ['b', now],
      ['c', now + 1],
    ]);
    expect([...forgetExpired(revoked, now).keys()]).toEqual(['c']);
  });
});

describe('feedState', () => {
  it('is starting until the first successful poll', () => {
    expect(feedState(null, now, 5_000)).toBe('starting');
  });

  it('is fresh up to the bound and stale past it', () => {
    expect(feedState(now, now, 5_000)).toBe('fresh');
    expect(feedState(now - 5_000, now, 5_000)).toBe('fresh');
    expect(feedState(now - 5_001, now, 5_000)).toBe('stale');
  });
});

describe('sessionVerdict', () => {
  const revoked: RevokedSessions = new Map([['gone', now + 1_000]]);

  it('lets an unrevoked session through while the copy is fresh', () => {
    expect(sessionVerdict('live', revoked, 'fresh')).toBe('active');
  });

  it('refuses a revoked session whatever the state of the feed', () => {
    for (const state of ['fresh', 'stale', 'starting'] as const) {
      expect(sessionVerdict('gone', revoked, state)).toBe('revoked');
    }
  });

  it('fails closed when the copy is stale or not loaded yet', () => {
    expect(sessionVerdict('live', revoked, 'stale')).toBe('unknown');
    expect(sessionVerdict('live', revoked, 'starting')).toBe('unknown');
  });
});

describe('revocationPageSchema', () => {
  it('accepts identity’s answer and refuses a malformed one', () => {
    expect(revocationPageSchema.parse(page([{ id: 's', revokedAt: now }]))).toBeTruthy();
    expect(() => revocationPageSchema.parse({ ...page([]), cursor: 'x' })).toThrow();
    expect(() => revocationPageSchema.parse({ ...page([]), retentionSeconds: 0 })).toThrow();
    expect(() => revocationPageSchema.parse({ cursor: '1', retentionSeconds: 1 })).toThrow();
  });
});
