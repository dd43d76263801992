import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { isPerson } from '@dnevnik/auth';
import type { FileStore } from '@dnevnik/files';
import type { BaseRequestContext } from '@dnevnik/server-kit';
import type { RuntimeDeps } from '@dnevnik/service-runtime';
import { ThreadMember } from './modules/conversations/index.js';
import type { Channel } from './modules/delivery/index.js';

/** Messaging's own collaborators, built once (the subgraph's `deps`). */
export interface MessagingOwnDeps {
  /** Message attachments, content-addressed. */
  files: FileStore;
  /** The e-mail and SMS channels the region configured (or the factory was given). */
  channels: Channel[];
}

/**
 * The runtime's parts every use case may need (logger, the clock quiet hours and digests are
 * measured against, outbox wake-up) and messaging's own.
 */
export type MessagingDeps = MessagingOwnDeps & RuntimeDeps;

/** Per-request batches, so a list of threads costs a fixed number of queries. */
export interface ThreadLoaders {
  members: DataLoader<string, string[]>;
  /** Messages in the thread the viewer has not read (excluding their own). */
  unread: DataLoader<string, number>;
}

export interface MessagingContext extends BaseRequestContext {
  em: EntityManager;
  deps: MessagingDeps;
  threads: ThreadLoaders;
}

function threadLoaders(em: EntityManager, base: BaseRequestContext): ThreadLoaders {
  const personId = isPerson(base.viewer) ? base.viewer.personId : null;
  return {
    members: new DataLoader(async (ids) => {
      const rows = await em.find(ThreadMember, { threadId: { $in: [...ids] } });
      return ids.map((id) => rows.filter((r) => r.threadId === id).map((r) => r.personId));
    }),
    unread: new DataLoader(async (ids) => {
      const rows = await em.execute<{ thread_id: string; n: string }[]>(
        `select m.thread_id, count(*) as n from message m
          where m.thread_id in (?) and m.author_id <> ?
            and not exists (select 1 from message_read r where r.message_id = m.id and r.person_id = ?)
          group by m.thread_id`,
        [[...ids], personId, personId],
      );
      return ids.map((id) => Number(rows.find((r) => r.thread_id === id)?.n ?? 0));
    }),
  };
}

export function buildMessagingContext(
  base: BaseRequestContext,
  em: EntityManager,
  deps: MessagingDeps,
): MessagingContext {
  return { ...base, em, deps, threads: threadLoaders(em, base) };
}

/** Today's date for relationship checks (enrolments are dated by day). */
export const todayOf = (ctx: MessagingContext) => ctx.deps.now().toISOString().slice(0, 10);
