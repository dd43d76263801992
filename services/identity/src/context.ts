import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ChainWitness } from '@dnevnik/audit';
import type { Logger } from '@dnevnik/logging';
import type { BaseRequestContext } from '@dnevnik/server-kit';
import { isPerson, type PersonViewer, type Role } from '@dnevnik/auth';
import type { EventContext } from '@dnevnik/events';
import { ParentLink, Person, RoleAssignment } from './modules/people/people.entities.js';
import type { PersonAccessFacts } from './modules/people/people.rules.js';
import type { AccessTokenIssuer } from './modules/access/access.service.js';

/** Long-lived collaborators of the service, shared by all requests. */
export interface IdentityDeps {
  logger: Logger;
  issueAccessToken: AccessTokenIssuer;
  refreshTokenTtlDays: number;
  passwordLogN: number;
  /** Wakes the outbox relay after a commit, so events leave without waiting for the next poll. */
  afterCommit: () => void;
  /** Signed checkpoints of the audit chains, kept outside the database (ADR 0009). */
  witness: ChainWitness;
}

export interface IdentityContext extends BaseRequestContext {
  em: EntityManager;
  deps: IdentityDeps;
  loaders: ReturnType<typeof createLoaders>;
}

function groupBy<T>(rows: T[], key: (row: T) => string, ids: readonly string[]): T[][] {
  const map = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const row of rows) map.get(key(row))?.push(row);
  return ids.map((id) => map.get(id) ?? []);
}

/** Per-request batching: one query per kind of lookup however many entities a query touches. */
export function createLoaders(em: EntityManager) {
  return {
    person: new DataLoader<string, Person | null>(async (ids) => {
      const rows = await em.find(Person, { id: { $in: [...ids] } });
      const byId = new Map(rows.map((p) => [p.id, p]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    grants: new DataLoader<string, RoleAssignment[]>(async (ids) => {
      const rows = await em.find(
        RoleAssignment,
        { personId: { $in: [...ids] }, revokedAt: null },
        { orderBy: { grantedAt: 'asc' } },
      );
      return groupBy(rows, (r) => r.personId, ids);
    }),
    linksAsParent: new DataLoader<string, ParentLink[]>(async (ids) => {
      const rows = await em.find(ParentLink, { parentId: { $in: [...ids] }, removedAt: null });
      return groupBy(rows, (r) => r.parentId, ids);
    }),
    linksAsChild: new DataLoader<string, ParentLink[]>(async (ids) => {
      const rows = await em.find(ParentLink, { childId: { $in: [...ids] }, removedAt: null });
      return groupBy(rows, (r) => r.childId, ids);
    }),
  };
}

export function buildIdentityContext(
  base: BaseRequestContext,
  em: EntityManager,
  deps: IdentityDeps,
): IdentityContext {
  return { ...base, em, deps, loaders: createLoaders(em) };
}

/** The facts personVisibility needs about `personId`, loaded in batches. */
export async function accessFacts(
  ctx: IdentityContext,
  personId: string,
): Promise<PersonAccessFacts> {
  const [grants, viewerChildIds] = await Promise.all([
    ctx.loaders.grants.load(personId),
    viewerChildren(ctx),
  ]);
  return { personId, grants, viewerChildIds };
}

const childCache = new WeakMap<IdentityContext, Promise<Set<string>>>();

/** Verified, current children of the viewer: the only children a parent may see (A8). */
export function viewerChildren(ctx: IdentityContext): Promise<Set<string>> {
  let cached = childCache.get(ctx);
  if (!cached) {
    cached = isPerson(ctx.viewer)
      ? ctx.loaders.linksAsParent
          .load(ctx.viewer.personId)
          .then((links) => new Set(links.filter((l) => l.verified).map((l) => l.childId)))
      : Promise.resolve(new Set<string>());
    childCache.set(ctx, cached);
  }
  return cached;
}

/** Envelope fields for events caused by this request. */
export function eventContext(
  ctx: IdentityContext,
  viewer: PersonViewer | null,
  role: Role | 'system' | null,
): EventContext {
  return { actor: { personId: viewer?.personId ?? null, role }, correlationId: ctx.requestId };
}
