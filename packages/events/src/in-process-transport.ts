import { AsyncResource } from 'node:async_hooks';
import type {
  EventTransport,
  ReceivedMessage,
  SubscribeOptions,
  Subscription,
  TransportMessage,
} from './transport.js';

interface Group {
  options: SubscribeOptions;
  /** Next offset to deliver, per topic: the group's committed offsets, kept across restarts. */
  offsets: Map<string, number>;
  running: boolean;
  draining: Promise<void> | null;
  stopped: boolean;
  /**
   * The async context the group subscribed in. Delivery runs in it, not in the publisher's:
   * a publish made inside one service's ORM transaction must not leak that transaction (kept in
   * async-local storage) into another service's handler, as it would on a real broker never.
   */
  scope: AsyncResource;
}

const RETRY_PAUSE_MS = 1000;

/**
 * Kafka's semantics that services rely on, in memory: an append-only log per topic, consumer
 * groups that start from the beginning and keep their own offsets, in-order delivery per topic.
 * Used by the embedded mode only; messages are lost when the process exits.
 */
export function createInProcessTransport(): EventTransport {
  const logs = new Map<string, TransportMessage[]>();
  const groups = new Set<Group>();
  const committed = new Map<string, Map<string, number>>();

  const logOf = (topic: string) => {
    let log = logs.get(topic);
    if (!log) logs.set(topic, (log = []));
    return log;
  };

  async function drain(group: Group): Promise<void> {
    while (!group.stopped) {
      let delivered = false;
      for (const topic of group.options.topics) {
        const log = logOf(topic);
        const offset = group.offsets.get(topic) ?? 0;
        const message = log[offset];
        if (!message || group.stopped) continue;
        const received: ReceivedMessage = { topic, ...message };
        try {
          await group.options.onMessage(received);
        } catch {
          // Like a Kafka consumer that crashed on a message: the offset stays, and the same
          // message is delivered again after a pause (consumers dead-letter what cannot succeed).
          await new Promise((resolve) => setTimeout(resolve, RETRY_PAUSE_MS));
          delivered = true; // work remains: go round again
          continue;
        }
        group.offsets.set(topic, offset + 1);
        delivered = true;
      }
      if (!delivered) return;
    }
  }

  function wake(group: Group) {
    if (group.draining) {
      group.running = true;
      return;
    }
    group.draining = group.scope.runInAsyncScope(async () => {
      try {
        do {
          group.running = false;
          await drain(group);
        } while (group.running && !group.stopped);
      } finally {
        // Cleared in the same synchronous step as the last check above: clearing it in a later
        // .finally() callback left a microtask gap in which a publish saw a drain "in progress",
        // only set `running`, and its message waited for the next publish.
        group.draining = null;
      }
    });
  }

  return {
    kind: 'in-process',
    async ensureTopics(topics) {
      topics.forEach(logOf);
    },
    async publish(topic, messages) {
      logOf(topic).push(...messages.map((m) => ({ ...m })));
      for (const group of groups) if (group.options.topics.includes(topic)) wake(group);
    },
    async subscribe(options): Promise<Subscription> {
      let offsets = committed.get(options.groupId);
      if (!offsets) {
        offsets = new Map(
          options.fromBeginning === false
            ? options.topics.map((t) => [t, logOf(t).length] as const)
            : [],
        );
        committed.set(options.groupId, offsets);
      }
      const group: Group = {
        options,
        offsets,
        running: false,
        draining: null,
        stopped: false,
        scope: new AsyncResource('in-process-consumer'),
      };
      groups.add(group);
      wake(group);
      return {
        async stop() {
          group.stopped = true;
          groups.delete(group);
          await group.draining;
        },
      };
    },
    async drained() {
      const pending = () =>
        [...groups].some(
          (g) =>
            g.draining !== null ||
            g.options.topics.some((t) => (g.offsets.get(t) ?? 0) < logOf(t).length),
        );
      while (pending()) await new Promise((resolve) => setTimeout(resolve, 50));
    },
    async close() {
      await Promise.all(
        [...groups].map(async (g) => {
          g.stopped = true;
          await g.draining;
        }),
      );
      groups.clear();
    },
  };
}
