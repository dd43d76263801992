import { z } from 'zod';
import { unauthenticated } from '@dnevnik/errors';
import { roleGrantSchema, type Role, type RoleGrant } from './roles.js';

export const authMethodSchema = z.enum(['password', 'temporary', 'esia']);
export type AuthMethod = z.infer<typeof authMethodSchema>;

/** Where a request came from, as the gateway saw it; used for sessions and throttling only. */
export const requestSourceSchema = z.object({
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
});
export type RequestSource = z.infer<typeof requestSourceSchema>;

/** The person behind a request, as verified by the gateway. Sessions carry the person (A10). */
export const viewerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('anonymous') }),
  z.object({
    kind: z.literal('person'),
    personId: z.string(),
    sessionId: z.string(),
    authMethod: authMethodSchema,
    roles: z.array(roleGrantSchema),
  }),
]);
export type Viewer = z.infer<typeof viewerSchema>;
export type PersonViewer = Extract<Viewer, { kind: 'person' }>;

export const ANONYMOUS: Viewer = { kind: 'anonymous' };

export function isPerson(viewer: Viewer): viewer is PersonViewer {
  return viewer.kind === 'person';
}

/** Narrows to a signed-in person or throws UNAUTHENTICATED: the default for every resolver. */
export function requirePerson(viewer: Viewer): PersonViewer {
  if (!isPerson(viewer)) throw unauthenticated();
  return viewer;
}

/** Grants of the viewer with one of `roles`, optionally limited to a school. */
export function grantsOf(viewer: Viewer, roles: readonly Role[], schoolId?: string): RoleGrant[] {
  if (!isPerson(viewer)) return [];
  return viewer.roles.filter(
    (g) => roles.includes(g.role) && (schoolId === undefined || g.schoolId === schoolId),
  );
}

export function hasRole(viewer: Viewer, roles: readonly Role[], schoolId?: string): boolean {
  return grantsOf(viewer, roles, schoolId).length > 0;
}

/** Schools in which the viewer holds any of `roles`. */
export function schoolsWhere(viewer: Viewer, roles: readonly Role[]): Set<string> {
  return new Set(
    grantsOf(viewer, roles)
      .map((g) => g.schoolId)
      .filter((s): s is string => s !== null),
  );
}
