import { describe, expect, it } from 'vitest';
import { createInflightLimiter, inflightKey } from './inflight-limit.js';

describe('createInflightLimiter', () => {
  it('admits up to the limit per key and refuses the next one', () => {
    const limiter = createInflightLimiter();
    const releases = [1, 2, 3, 4].map(() => limiter.tryEnter('a', 4));
    expect(releases.every((r) => typeof r === 'function')).toBe(true);
    expect(limiter.inFlight('a')).toBe(4);
    expect(limiter.tryEnter('a', 4)).toBeNull();
    // Another key is not affected.
    expect(limiter.tryEnter('b', 4)).not.toBeNull();
    expect(limiter.inFlight('b')).toBe(1);
  });

  it('admits again once a request ends, and counts a double release once', () => {
    const limiter = createInflightLimiter();
    const first = limiter.tryEnter('a', 2)!;
    const second = limiter.tryEnter('a', 2)!;
    expect(limiter.tryEnter('a', 2)).toBeNull();
    first();
    first();
    expect(limiter.inFlight('a')).toBe(1);
    const third = limiter.tryEnter('a', 2);
    expect(third).not.toBeNull();
    expect(limiter.tryEnter('a', 2)).toBeNull();
    second();
    third!();
    expect(limiter.inFlight('a')).toBe(0);
  });

  it('forgets a key with nothing in flight', () => {
    const limiter = createInflightLimiter();
    const releases = Array.from({ length: 100 }, (_, i) => limiter.tryEnter(`k${i}`, 1)!);
    expect(limiter.size).toBe(100);
    releases.forEach((r) => r());
    expect(limiter.size).toBe(0);
  });

  it('refuses everything under a zero limit', () => {
    expect(createInflightLimiter().tryEnter('a', 0)).toBeNull();
  });
});

describe('inflightKey', () => {
  const limits = { perViewer: 8, perAnonymousAddress: 16 };
  it('counts a signed-in viewer by person, wherever they come from', () => {
    const viewer = { kind: 'person', personId: 'p1' } as const;
    expect(inflightKey(viewer, '10.0.0.1', limits)).toEqual({ key: 'person:p1', limit: 8 });
    expect(inflightKey(viewer, '10.0.0.2', limits)).toEqual({ key: 'person:p1', limit: 8 });
  });

  it('counts a service by its client id, apart from every person', () => {
    const viewer = { kind: 'service', serviceId: 'archive' } as const;
    expect(inflightKey(viewer, '10.0.0.1', limits)).toEqual({ key: 'service:archive', limit: 8 });
  });

  it('counts anonymous requests by client address', () => {
    expect(inflightKey({ kind: 'anonymous' }, '10.0.0.1', limits)).toEqual({
      key: 'address:10.0.0.1',
      limit: 16,
    });
    expect(inflightKey({ kind: 'anonymous' }, null, limits).key).toBe('address:unknown');
  });
});
