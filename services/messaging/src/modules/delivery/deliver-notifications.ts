import { LockMode, type EntityManager, type MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '@dnevnik/logging';
import { Delivery, Notification, retryAfter } from '../notifications/index.js';
import type { Channel } from './delivery-channels.js';

export interface DeliveryWorkerOptions {
  orm: MikroORM;
  channels: readonly Channel[];
  logger: Logger;
  now: () => Date;
  pollMs: number;
  retryBaseMs: number;
  batch?: number;
}

export interface DeliveryWorker {
  start(): void;
  /** Sends what is due now; returns how many deliveries it settled (tests and benchmarks). */
  runOnce(): Promise<number>;
  stop(): Promise<void>;
}

const digestText = (items: Notification[]) =>
  items.map((n) => `• ${n.title}. ${n.body}`).join('\n');

/**
 * Sends due e-mail and SMS deliveries apart from the event consumers, so a slow or failing
 * provider never holds up Kafka: a failure is recorded and retried with backoff, and after the
 * last attempt the delivery is marked failed — the in-app notification is untouched either way.
 * Rows are claimed with SKIP LOCKED, so replicas share the work without sending twice.
 */
export function createDeliveryWorker(options: DeliveryWorkerOptions): DeliveryWorker {
  const { logger } = options;
  const channelOf = new Map(options.channels.map((c) => [c.name, c]));
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<number> | null = null;
  let stopped = false;

  async function attempt(tx: EntityManager, group: Delivery[], now: Date) {
    const first = group[0]!;
    const channel = channelOf.get(first.channel);
    const notifications = await tx.find(Notification, {
      id: { $in: group.map((d) => d.notificationId) },
    });
    try {
      if (!channel) throw new Error(`channel ${first.channel} is not configured`);
      const message =
        first.digest && notifications.length > 1
          ? {
              to: first.address,
              subject: `Электронный дневник: ${notifications.length} новых уведомлений`,
              text: digestText(notifications),
            }
          : { to: first.address, subject: notifications[0]!.title, text: notifications[0]!.body };
      await channel.send(message);
      for (const d of group)
        Object.assign(d, { status: 'sent', sentAt: now, attempts: d.attempts + 1 });
    } catch (err) {
      const error = err instanceof Error ? err.message.slice(0, 500) : 'unknown error';
      for (const d of group) {
        d.attempts += 1;
        d.lastError = error;
        const wait = retryAfter(d.attempts, options.retryBaseMs);
        if (wait === null) d.status = 'failed';
        else d.nextAttemptAt = new Date(now.getTime() + wait);
      }
      // Never the address or the text: both are personal data.
      logger.warn({ channel: first.channel, attempts: first.attempts, error }, 'delivery failed');
    }
  }

  async function runOnce(): Promise<number> {
    const em = options.orm.em.fork();
    const now = options.now();
    return em.transactional(async (tx) => {
      const due = await tx.find(
        Delivery,
        { status: 'pending', nextAttemptAt: { $lte: now } },
        {
          orderBy: { nextAttemptAt: 'asc' },
          limit: options.batch ?? 50,
          // FOR UPDATE SKIP LOCKED
          lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE,
        },
      );
      // A digest is one e-mail per person and address with everything due for it.
      const groups = new Map<string, Delivery[]>();
      for (const d of due) {
        const key = d.digest ? `digest:${d.personId}:${d.address}` : d.id;
        groups.set(key, [...(groups.get(key) ?? []), d]);
      }
      for (const group of groups.values()) await attempt(tx, group, now);
      await tx.flush();
      return due.length;
    });
  }

  const tick = () => {
    if (stopped) return;
    running = runOnce()
      .catch((err: unknown) => {
        logger.error({ err }, 'delivery worker run failed');
        return 0;
      })
      .finally(() => {
        running = null;
        if (!stopped) timer = setTimeout(tick, options.pollMs);
      });
  };

  return {
    start() {
      stopped = false;
      timer = setTimeout(tick, options.pollMs);
    },
    runOnce,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
      for (const c of options.channels) c.close?.();
    },
  };
}
