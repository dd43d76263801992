import { z } from 'zod';
import { unauthenticated } from '@dnevnik/errors';
import { roleGrantSchema, SERVICE_ROLES, type GrantRole, type RoleGrant } from './roles.js';

export const authMethodSchema = z.enum(['password', 'temporary', 'esia']);
/** `amr` of a service's token (client credentials with a signed assertion). */
export const SERVICE_AUTH_METHOD = 'service';
export type AuthMethod = z.infer<typeof authMethodSchema>;

/** Where a request came from, as the gateway saw it; used for sessions and throttling only. */
export const requestSourceSchema = z.object({
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
});
export type RequestSource = z.infer<typeof requestSourceSchema>;

/**
 * Who is behind a request, as verified by the gateway. Sessions carry the person (A10). A
 * service (the archive, ADR 0012) is not a person: `requirePerson` refuses it, so every
 * resolver denies it unless its access decision names the service's role.
 */
export const viewerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('anonymous') }),
  z.object({
    kind: z.literal('person'),
    personId: z.string(),
    sessionId: z.string(),
    authMethod: authMethodSchema,
    roles: z.array(roleGrantSchema),
  }),
  z.object({
    kind: z.literal('service'),
    /** The client id identity knows the service by (`archive`). */
    serviceId: z.string(),
    /** The token's id: the correlation of everything the service read with it. */
    sessionId: z.string(),
    roles: z.array(roleGrantSchema),
  }),
]);
export type Viewer = z.infer<typeof viewerSchema>;
export type PersonViewer = Extract<Viewer, { kind: 'person' }>;
export type ServiceViewer = Extract<Viewer, { kind: 'service' }>;
/** Whoever a bearer token can stand for. */
export type TokenViewer = PersonViewer | ServiceViewer;

export const ANONYMOUS: Viewer = { kind: 'anonymous' };

export function isPerson(viewer: Viewer): viewer is PersonViewer {
  return viewer.kind === 'person';
}

/** Narrows to a signed-in person or throws UNAUTHENTICATED: the default for every resolver. */
export function requirePerson(viewer: Viewer): PersonViewer {
  if (!isPerson(viewer)) throw unauthenticated();
  return viewer;
}

export function isService(viewer: Viewer): viewer is ServiceViewer {
  return viewer.kind === 'service';
}

/**
 * Grants of the viewer with one of `roles`, optionally limited to a school. A service's grants
 * count too: they are service roles, which only a check that names them can match.
 */
export function grantsOf(
  viewer: Viewer,
  roles: readonly GrantRole[],
  schoolId?: string,
): RoleGrant[] {
  if (viewer.kind === 'anonymous') return [];
  // A service matches only service roles, whatever its token says: a token that carried a
  // person's role (a teacher's) must still open nothing a person's check guards.
  const held =
    viewer.kind === 'service'
      ? viewer.roles.filter((g) => (SERVICE_ROLES as readonly string[]).includes(g.role))
      : viewer.roles;
  return held.filter(
    (g) => roles.includes(g.role) && (schoolId === undefined || g.schoolId === schoolId),
  );
}

export function hasRole(viewer: Viewer, roles: readonly GrantRole[], schoolId?: string): boolean {
  return grantsOf(viewer, roles, schoolId).length > 0;
}

/** Schools in which the viewer holds any of `roles`. */
export function schoolsWhere(viewer: Viewer, roles: readonly GrantRole[]): Set<string> {
  return new Set(
    grantsOf(viewer, roles)
      .map((g) => g.schoolId)
      .filter((s): s is string => s !== null),
  );
}
