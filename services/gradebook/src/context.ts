import type { EntityManager } from '@mikro-orm/postgresql';
import { isPerson, type Role } from '@dnevnik/auth';
import { verifiedChildIds } from '@dnevnik/school-facts';
import type { EventContext } from '@dnevnik/events';
import type { Logger } from '@dnevnik/logging';
import type { BaseRequestContext } from '@dnevnik/server-kit';

export interface GradebookDeps {
  logger: Logger;
  afterCommit: () => void;
  /** The clock deadlines are measured against; tests set it. */
  now: () => Date;
}

export interface GradebookContext extends BaseRequestContext {
  em: EntityManager;
  deps: GradebookDeps;
  /** Verified, current children of the viewer (A8), from identity's events. */
  childIds: () => Promise<Set<string>>;
}

export function buildGradebookContext(
  base: BaseRequestContext,
  em: EntityManager,
  deps: GradebookDeps,
): GradebookContext {
  let children: Promise<Set<string>> | null = null;
  return {
    ...base,
    em,
    deps,
    childIds: () => (children ??= verifiedChildIds(em, base.viewer)),
  };
}

export function eventContext(
  ctx: GradebookContext,
  role: Role | 'substitute' | null,
): EventContext {
  const viewer = isPerson(ctx.viewer) ? ctx.viewer : null;
  return { actor: { personId: viewer?.personId ?? null, role }, correlationId: ctx.requestId };
}
