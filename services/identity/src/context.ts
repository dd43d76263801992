import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ClientAssertionVerifier, PersonViewer, Role, ViewerVerifier } from '@dnevnik/auth';
import type { EventContext } from '@dnevnik/events';
import type { BaseRequestContext } from '@dnevnik/server-kit';
import type { ChainWitnessDeps, RuntimeDeps } from '@dnevnik/service-runtime';
import type { AccessTokenIssuer } from './modules/access/index.js';
import type { EsiaSettings } from './modules/esia/index.js';
import { ParentLink, Person, RoleAssignment } from './modules/people/index.js';

/** Identity's own collaborators, built once from its variables (the subgraph's `deps`). */
export interface IdentityOwnDeps {
  issueAccessToken: AccessTokenIssuer;
  refreshTokenTtlDays: number;
  passwordLogN: number;
  /** The public half of the signing key, served at /.well-known/jwks.json for the gateway. */
  jwks: { keys: unknown[] };
  /** Checks the gateway's signed identity on plain HTTP routes; null without the gateway's key. */
  verifyViewer: ViewerVerifier | null;
  /** ESIA login (A9); null when ESIA_BASE_URL is unset. */
  esia: EsiaSettings | null;
  /** Services that get tokens with a signed assertion (ADR 0012); none unless configured. */
  serviceClients: {
    verify: ClientAssertionVerifier;
    /** false for an assertion seen before (a replay). */
    firstUse: (jti: string, expiresAt: Date, now: Date) => boolean;
    ttlSeconds: number;
  };
}

/**
 * Long-lived collaborators of the service, shared by all requests: its own, the runtime's
 * (logger, clock, outbox wake-up) and the witness of the audit chains (ADR 0009).
 */
export type IdentityDeps = IdentityOwnDeps & RuntimeDeps & ChainWitnessDeps;

export interface IdentityContext extends BaseRequestContext {
  em: EntityManager;
  deps: IdentityDeps;
  loaders: ReturnType<typeof createLoaders>;
}

/** The context of a plain HTTP route (ESIA's browser flow): an anonymous visitor, no loaders. */
export interface RouteContext extends BaseRequestContext {
  em: EntityManager;
  deps: Pick<IdentityDeps, 'afterCommit'>;
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

/**
 * Envelope fields for events caused by this request. The actor is passed explicitly: a session
 * ended for a reused refresh token is the system's act, whoever sent the request.
 */
export function eventContext(
  ctx: Pick<BaseRequestContext, 'requestId'>,
  viewer: PersonViewer | null,
  role: Role | 'system' | null,
): EventContext {
  return { actor: { personId: viewer?.personId ?? null, role }, correlationId: ctx.requestId };
}
