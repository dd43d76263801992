import { AsyncLocalStorage } from 'node:async_hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createInProcessTransport } from './in-process-transport.js';
import type { EventTransport, ReceivedMessage, TransportMessage } from './transport.js';

const msg = (value: string, key = 'k'): TransportMessage => ({ key, value });

/** Delivery is all microtasks: once a timer fires, anything still undelivered is stuck. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 1));

async function collect(transport: EventTransport, groupId: string, topics: string[]) {
  const received: ReceivedMessage[] = [];
  const subscription = await transport.subscribe({
    groupId,
    topics,
    onMessage: async (m) => {
      received.push(m);
    },
  });
  return { received, values: () => received.map((m) => m.value), subscription };
}

describe('in-process transport', () => {
  let transport: EventTransport;

  afterEach(async () => {
    await transport.close();
  });

  it('delivers every message once to each group, in publish order', async () => {
    transport = createInProcessTransport();
    const a = await collect(transport, 'group-a', ['school.note.v1']);
    const b = await collect(transport, 'group-b', ['school.note.v1']);

    await transport.publish('school.note.v1', [msg('1'), msg('2')]);
    await transport.publish('school.note.v1', [msg('3')]);
    await transport.publish('school.other.v1', [msg('not for them')]);

    await vi.waitFor(() => {
      expect(a.values()).toEqual(['1', '2', '3']);
      expect(b.values()).toEqual(['1', '2', '3']);
    });
    await settle();
    expect(a.values()).toEqual(['1', '2', '3']);
    expect(b.values()).toEqual(['1', '2', '3']);
    expect(a.received[0]).toEqual({ topic: 'school.note.v1', key: 'k', value: '1' });
  });

  it('gives a group that subscribes late the messages from the beginning', async () => {
    transport = createInProcessTransport();
    await transport.publish('school.note.v1', [msg('1'), msg('2')]);

    const late = await collect(transport, 'late', ['school.note.v1']);
    await transport.publish('school.note.v1', [msg('3')]);

    await vi.waitFor(() => expect(late.values()).toEqual(['1', '2', '3']));
  });

  it('starts a new group that asks for news only after what was already published', async () => {
    transport = createInProcessTransport();
    await transport.publish('school.note.v1', [msg('old')]);
    const received: string[] = [];
    await transport.subscribe({
      groupId: 'news',
      topics: ['school.note.v1'],
      fromBeginning: false,
      onMessage: async (m) => {
        received.push(m.value);
      },
    });
    await transport.publish('school.note.v1', [msg('new')]);
    await vi.waitFor(() => expect(received).toEqual(['new']));
    await settle();
    expect(received).toEqual(['new']);
  });

  it('runs handlers in the subscriber’s async context, not the publisher’s', async () => {
    transport = createInProcessTransport();
    // Like an ORM keeping its current transaction in async-local storage.
    const transaction = new AsyncLocalStorage<string>();
    const seen: (string | undefined)[] = [];
    await transport.subscribe({
      groupId: 'other-service',
      topics: ['school.note.v1'],
      onMessage: async () => {
        seen.push(transaction.getStore());
      },
    });
    await transaction.run('publisher-transaction', () =>
      transport.publish('school.note.v1', [msg('1')]),
    );
    await vi.waitFor(() => expect(seen).toEqual([undefined]));
  });

  it('delivers one message at a time per group', async () => {
    transport = createInProcessTransport();
    let inFlight = 0;
    let maxInFlight = 0;
    const seen: string[] = [];
    await transport.subscribe({
      groupId: 'slow',
      topics: ['school.note.v1'],
      onMessage: async (m) => {
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 2));
        seen.push(m.value);
        inFlight--;
      },
    });
    for (const v of ['1', '2', '3', '4']) await transport.publish('school.note.v1', [msg(v)]);

    await vi.waitFor(() => expect(seen).toEqual(['1', '2', '3', '4']));
    expect(maxInFlight).toBe(1);
  });

  it('delivers a message published just as the group finishes draining', async () => {
    // The window between a drain ending and the group being marked idle is a few microtasks
    // wide; publishing after every possible number of ticks hits it whatever the exact count.
    const tick = async (n: number) => {
      for (let i = 0; i < n; i++) await Promise.resolve();
    };
    for (let ticks = 0; ticks < 20; ticks++) {
      transport = createInProcessTransport();
      const group = await collect(transport, 'g', ['school.note.v1']);
      await settle();
      void transport.publish('school.note.v1', [msg('1')]);
      await tick(ticks);
      void transport.publish('school.note.v1', [msg('2')]);
      await settle();
      expect(group.values(), `second publish after ${ticks} ticks`).toEqual(['1', '2']);
      await transport.close();
    }
  });

  it('stops delivering after stop()', async () => {
    transport = createInProcessTransport();
    const stopped = await collect(transport, 'stopped', ['school.note.v1']);
    const other = await collect(transport, 'other', ['school.note.v1']);

    await transport.publish('school.note.v1', [msg('1')]);
    await vi.waitFor(() => expect(stopped.values()).toEqual(['1']));

    await stopped.subscription.stop();
    await transport.publish('school.note.v1', [msg('2')]);

    await vi.waitFor(() => expect(other.values()).toEqual(['1', '2']));
    await settle();
    expect(stopped.values()).toEqual(['1']);
  });

  it('lets the message being handled finish on stop() and delivers nothing after it', async () => {
    transport = createInProcessTransport();
    let release!: () => void;
    const handling = new Promise<void>((resolve) => (release = resolve));
    const done: string[] = [];
    let started = 0;
    const subscription = await transport.subscribe({
      groupId: 'g',
      topics: ['school.note.v1'],
      onMessage: async (m) => {
        started++;
        await handling;
        done.push(m.value);
      },
    });
    await transport.publish('school.note.v1', [msg('1'), msg('2')]);
    await vi.waitFor(() => expect(started).toBe(1));

    const stopping = subscription.stop();
    release();
    await stopping;

    expect(done).toEqual(['1']);
    await settle();
    expect(started).toBe(1);
  });
});

describe('in-process transport: restarts and failures', () => {
  it('resumes a group from its committed offset after a restart', async () => {
    const transport = createInProcessTransport();
    const seen: string[] = [];
    const first = await transport.subscribe({
      groupId: 'g',
      topics: ['t'],
      onMessage: async (m) => void seen.push(m.value),
    });
    await transport.publish('t', [{ key: 'k', value: '1' }]);
    await vi.waitFor(() => expect(seen).toEqual(['1']));
    await first.stop();
    await transport.publish('t', [{ key: 'k', value: '2' }]);
    await transport.subscribe({
      groupId: 'g',
      topics: ['t'],
      onMessage: async (m) => void seen.push(m.value),
    });
    await vi.waitFor(() => expect(seen).toEqual(['1', '2']));
    await transport.close();
  });

  it('delivers a message again when the handler throws, without skipping it', async () => {
    const transport = createInProcessTransport();
    const seen: string[] = [];
    let failures = 1;
    await transport.subscribe({
      groupId: 'g',
      topics: ['t'],
      onMessage: async (m) => {
        if (failures-- > 0) throw new Error('database unavailable');
        seen.push(m.value);
      },
    });
    await transport.publish('t', [
      { key: 'k', value: 'a' },
      { key: 'k', value: 'b' },
    ]);
    await vi.waitFor(() => expect(seen).toEqual(['a', 'b']), { timeout: 5000 });
    await transport.close();
  });
});

describe('in-process transport: drained', () => {
  it('resolves only after every group has consumed what was published', async () => {
    const transport = createInProcessTransport();
    const seen: string[] = [];
    await transport.subscribe({
      groupId: 'slow',
      topics: ['t'],
      onMessage: async (m) => {
        await new Promise((r) => setTimeout(r, 20));
        seen.push(m.value);
      },
    });
    await transport.publish(
      't',
      ['1', '2', '3'].map((value) => ({ key: 'k', value })),
    );
    await transport.drained!();
    expect(seen).toEqual(['1', '2', '3']);
    await transport.close();
  });
});
