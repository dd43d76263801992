import type { EntityManager } from '@mikro-orm/postgresql';
import type { BaseRequestContext } from '@dnevnik/server-kit';
import type { RuntimeDeps } from '@dnevnik/service-runtime';

/** The runtime's parts every use case may need: logger, clock, outbox wake-up. */
export type ArchiveDeps = RuntimeDeps;

export interface ArchiveContext extends BaseRequestContext {
  em: EntityManager;
  deps: ArchiveDeps;
}

export function buildArchiveContext(
  base: BaseRequestContext,
  em: EntityManager,
  deps: ArchiveDeps,
): ArchiveContext {
  return { ...base, em, deps };
}
