import type { EntityManager } from '@mikro-orm/postgresql';
import type { ChainWitness } from '@dnevnik/audit';
import { isPerson, type Role } from '@dnevnik/auth';
import { verifiedChildIds } from '@dnevnik/school-facts';
import type { EventContext } from '@dnevnik/events';
import type { Logger } from '@dnevnik/logging';
import type { BaseRequestContext } from '@dnevnik/server-kit';
import { createLoaders, type Loaders } from './loaders.js';

export interface AttendanceDeps {
  logger: Logger;
  afterCommit: () => void;
  /** The clock the lesson day is measured against; tests set it. */
  now: () => Date;
  /** Signed checkpoints of the journals' and audit chains, kept outside the database (ADR 0009). */
  witness: ChainWitness;
}

export interface AttendanceContext extends BaseRequestContext {
  em: EntityManager;
  deps: AttendanceDeps;
  loaders: Loaders;
  /** Verified, current children of the viewer (A8), from identity's events. */
  childIds: () => Promise<Set<string>>;
}

export function buildAttendanceContext(
  base: BaseRequestContext,
  em: EntityManager,
  deps: AttendanceDeps,
): AttendanceContext {
  let children: Promise<Set<string>> | null = null;
  return {
    ...base,
    em,
    deps,
    loaders: createLoaders(em),
    childIds: () => (children ??= verifiedChildIds(em, base.viewer)),
  };
}

export type ActingRole = Role | 'substitute' | 'notice' | null;

export function eventContext(ctx: AttendanceContext, role: ActingRole): EventContext {
  const viewer = isPerson(ctx.viewer) ? ctx.viewer : null;
  return { actor: { personId: viewer?.personId ?? null, role }, correlationId: ctx.requestId };
}
