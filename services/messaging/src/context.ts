import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { isPerson, type Role } from '@dnevnik/auth';
import type { EventContext } from '@dnevnik/events';
import type { FileStore } from '@dnevnik/files';
import type { Logger } from '@dnevnik/logging';
import type { BaseRequestContext } from '@dnevnik/server-kit';
import { ThreadMember } from './modules/conversations/conversation.entities.js';

export interface MessagingDeps {
  logger: Logger;
  afterCommit: () => void;
  /** The clock quiet hours and digests are measured against; tests set it. */
  now: () => Date;
  files: FileStore;
}

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

export function eventContext(ctx: MessagingContext, role: Role | null): EventContext {
  const viewer = isPerson(ctx.viewer) ? ctx.viewer : null;
  return { actor: { personId: viewer?.personId ?? null, role }, correlationId: ctx.requestId };
}

/** Today's date for relationship checks (enrolments are dated by day). */
export const todayOf = (ctx: MessagingContext) => ctx.deps.now().toISOString().slice(0, 10);
