import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { verifiedChildIds } from '@dnevnik/school-facts';
import type { BaseRequestContext } from '@dnevnik/server-kit';
import type { ChainWitnessDeps, RuntimeDeps } from '@dnevnik/service-runtime';
import { Mark } from './modules/marks/index.js';

/** The runtime's parts every use case may need: logger, clock, outbox wake-up, chain witness. */
export type GradebookDeps = RuntimeDeps & ChainWitnessDeps;

/** Per-request batches: a journal page's marks, their histories and pairs in a few queries. */
export interface MarkLoaders {
  byLesson: DataLoader<string, Mark[]>;
  byId: DataLoader<string, Mark | null>;
  /** The correction that replaced a mark, if any. */
  replacementOf: DataLoader<string, Mark | null>;
  /** Both parts of a paired mark, by pair id. */
  pair: DataLoader<string, Mark[]>;
}

export interface GradebookContext extends BaseRequestContext {
  em: EntityManager;
  deps: GradebookDeps;
  /** Verified, current children of the viewer (A8), from identity's events. */
  childIds: () => Promise<Set<string>>;
  marks: MarkLoaders;
}

function grouped<K extends keyof Mark>(em: EntityManager, field: K) {
  return new DataLoader<string, Mark[]>(async (ids) => {
    const rows = await em.find(Mark, { [field]: { $in: [...ids] } }, { orderBy: { seq: 'asc' } });
    return ids.map((id) => rows.filter((m) => m[field] === id));
  });
}

function markLoaders(em: EntityManager): MarkLoaders {
  const byLesson = grouped(em, 'lessonId');
  const pair = grouped(em, 'pairId');
  const replacedBy = grouped(em, 'replacesMarkId');
  const byId = new DataLoader<string, Mark | null>(async (ids) => {
    const rows = await em.find(Mark, { id: { $in: [...ids] } });
    return ids.map((id) => rows.find((m) => m.id === id) ?? null);
  });
  return {
    byLesson,
    byId,
    pair,
    replacementOf: new DataLoader(async (ids) =>
      (await replacedBy.loadMany(ids)).map((r) => (Array.isArray(r) ? (r[0] ?? null) : null)),
    ),
  };
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
    marks: markLoaders(em),
  };
}
