import { describe, expect, it } from 'vitest';
import type { PostRecord } from './load.js';
import { percentile, reconcileMarks, reconcileNotifications, renderTable } from './reconcile.js';

const target = { lessonId: 'l', studentId: 's' };
const rec = (
  tag: string,
  outcome: PostRecord['outcome'],
  at: [number, number],
  markId?: string,
): PostRecord => ({
  tag,
  target,
  startedAt: at[0],
  endedAt: at[1],
  outcome,
  attempts: 1,
  ...(markId ? { markId } : {}),
});

describe('reconcileMarks', () => {
  it('counts acknowledged marks that are stored once as intact', () => {
    const r = reconcileMarks(
      [rec('a', 'acked', [0, 1], 'm1'), rec('b', 'failed', [0, 1])],
      [{ id: 'm1', tag: 'a' }],
      [],
    );
    expect(r).toMatchObject({
      posted: 2,
      acked: 1,
      failed: 1,
      stored: 1,
      lost: [],
      duplicated: [],
      mismatched: [],
      storedRefused: [],
      storedInFlight: [],
    });
  });

  it('reports an acknowledged mark missing from the table as lost', () => {
    expect(reconcileMarks([rec('a', 'acked', [0, 1], 'm1')], [], []).lost).toEqual(['a']);
  });

  it('reports a tag stored twice as duplicated', () => {
    const r = reconcileMarks(
      [rec('a', 'acked', [0, 1], 'm1')],
      [
        { id: 'm1', tag: 'a' },
        { id: 'm2', tag: 'a' },
      ],
      [],
    );
    expect(r.duplicated).toEqual(['a']);
    expect(r.lost).toEqual([]);
  });

  it('reports an acknowledged id that differs from the stored one', () => {
    expect(
      reconcileMarks([rec('a', 'acked', [0, 1], 'm1')], [{ id: 'm9', tag: 'a' }], []).mismatched,
    ).toEqual(['a']);
  });

  it('tells a refused-but-stored mark in flight at a fault from one with no fault to explain it', () => {
    const records = [rec('a', 'failed', [0, 10]), rec('b', 'unknown', [20, 30])];
    const stored = [
      { id: 'm1', tag: 'a' },
      { id: 'm2', tag: 'b' },
    ];
    const r = reconcileMarks(records, stored, [5]);
    expect(r.storedInFlight).toEqual(['a']);
    expect(r.storedRefused).toEqual(['b']);
  });

  it('counts a fault at the very start or end of a request as in flight', () => {
    const r = reconcileMarks([rec('a', 'failed', [5, 10])], [{ id: 'm1', tag: 'a' }], [10]);
    expect(r.storedInFlight).toEqual(['a']);
  });
});

describe('reconcileNotifications', () => {
  const expected = new Map([
    ['e1', ['student', 'parent']],
    ['e2', ['student']],
  ]);

  it('counts one notification per recipient and event as delivered', () => {
    const r = reconcileNotifications(expected, [
      { eventId: 'e1', personId: 'student', count: 1 },
      { eventId: 'e1', personId: 'parent', count: 1 },
      { eventId: 'e2', personId: 'student', count: 1 },
    ]);
    expect(r).toEqual({ expected: 3, delivered: 3, missing: 0, duplicated: 0 });
  });

  it('reports missing and duplicated notifications', () => {
    const r = reconcileNotifications(expected, [
      { eventId: 'e1', personId: 'student', count: 2 },
      { eventId: 'e9', personId: 'student', count: 1 },
    ]);
    expect(r).toEqual({ expected: 3, delivered: 1, missing: 2, duplicated: 1 });
  });
});

describe('percentile', () => {
  it('takes the nearest rank', () => {
    const samples = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(samples, 0.99)).toBe(99);
    expect(percentile(samples, 0.5)).toBe(50);
    expect(percentile([7], 0.99)).toBe(7);
    expect(percentile([], 0.99)).toBe(0);
  });
});

describe('renderTable', () => {
  it('prints a header and one line per scenario', () => {
    const text = renderTable([
      {
        scenario: 'writers',
        posted: 10,
        acked: 9,
        stored: 9,
        published: 9,
        notifications: 18,
        expectedNotifications: 18,
        marksPerSecond: 4.5,
        p99Ms: 120.4,
        seconds: 2,
        verdict: 'ok',
      },
    ]);
    const lines = text.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain('events published');
    expect(lines[2]).toMatch(/^writers\s+10\s+9\s+9\s+9\s+18\/18\s+4\.5\s+120\s+2\s+ok$/);
  });
});
