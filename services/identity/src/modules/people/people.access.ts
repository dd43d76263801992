import {
  hasRole,
  isPerson,
  isService,
  SCHOOL_STAFF,
  type GrantRole,
  type Role,
  type RoleGrant,
  type Viewer,
} from '@dnevnik/auth';

/** How much of a person a viewer may see: nothing, the name (e.g. a teacher to a parent), or all. */
export type PersonVisibility = 'none' | 'name' | 'full';

export interface PersonAccessFacts {
  personId: string;
  /** Active grants of the person being looked at. */
  grants: Pick<RoleGrant, 'role' | 'schoolId' | 'classId'>[];
  /** Verified, current children of the viewer (A8). */
  viewerChildIds: ReadonlySet<string>;
}

const ADMINISTRATION: readonly Role[] = ['director', 'deputy_director', 'school_admin'];
const TEACHERS: readonly Role[] = ['subject_teacher', 'class_teacher'];
/** Whose names a school's journal printout shows. */
const ARCHIVED_ROLES: readonly GrantRole[] = ['student', ...TEACHERS];

/**
 * Deny by default. A person sees themselves and their verified children in full; school
 * administration sees the people of its school; teachers see names in their school; students and
 * parents see the names of their school's staff only; regional roles see no personal data (R4).
 */
export function personVisibility(viewer: Viewer, facts: PersonAccessFacts): PersonVisibility {
  // ADR 0012: the archive prints the names of its school's students and teachers, nothing more.
  if (isService(viewer)) {
    const named = facts.grants.some(
      (g) =>
        ARCHIVED_ROLES.includes(g.role) &&
        g.schoolId !== null &&
        hasRole(viewer, ['archivist'], g.schoolId),
    );
    return named ? 'name' : 'none';
  }
  if (!isPerson(viewer)) return 'none';
  if (viewer.personId === facts.personId) return 'full';
  if (facts.viewerChildIds.has(facts.personId)) return 'full';
  const schools = new Set(
    facts.grants.map((g) => g.schoolId).filter((s): s is string => s !== null),
  );
  const staffSchools = new Set(
    facts.grants.filter((g) => SCHOOL_STAFF.includes(g.role) && g.schoolId).map((g) => g.schoolId!),
  );
  let best: PersonVisibility = 'none';
  for (const school of schools) {
    if (hasRole(viewer, ADMINISTRATION, school)) return 'full';
    if (hasRole(viewer, TEACHERS, school)) best = 'name';
  }
  for (const school of staffSchools) {
    if (hasRole(viewer, ['student', 'parent'], school)) best = 'name';
  }
  return best;
}

/** A3: the school administrator creates users and grants school roles in their own school. */
export function canManageSchoolPeople(viewer: Viewer, schoolId: string): boolean {
  return hasRole(viewer, ['school_admin'], schoolId);
}

/**
 * A parent link is confirmed by the school administrator of the child's school, or by the class
 * teacher of the child's class (A4, A8).
 */
export function canVerifyParentLink(
  viewer: Viewer,
  childGrants: PersonAccessFacts['grants'],
): boolean {
  return childGrants
    .filter((g) => g.role === 'student' && g.schoolId)
    .some(
      (g) =>
        hasRole(viewer, ['school_admin'], g.schoolId!) ||
        (isPerson(viewer) &&
          viewer.roles.some(
            (v) =>
              v.role === 'class_teacher' &&
              v.schoolId === g.schoolId &&
              g.classId &&
              v.classId === g.classId,
          )),
    );
}
