import {
  hasRole,
  isPerson,
  SCHOOL_STAFF,
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

/**
 * Deny by default. A person sees themselves and their verified children in full; school
 * administration sees the people of its school; teachers see names in their school; students and
 * parents see the names of their school's staff only; regional roles see no personal data (R4).
 */
export function personVisibility(viewer: Viewer, facts: PersonAccessFacts): PersonVisibility {
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

/** Roles a school administrator may grant; regional roles are granted by the region's operators. */
export const SCHOOL_GRANTABLE_ROLES: readonly Role[] = [
  'director',
  'deputy_director',
  'school_admin',
  'subject_teacher',
  'class_teacher',
  'student',
  'parent',
];

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

/** Audit chains are read by the school's leadership and administrator (A2, A3). */
export function canVerifyAudit(viewer: Viewer, schoolId: string): boolean {
  return hasRole(viewer, ADMINISTRATION, schoolId);
}

/** Validates a СНИЛС: 11 digits whose last two are the checksum of the first nine. */
export function normaliseSnils(input: string): string | null {
  const digits = input.replace(/[\s-]/g, '');
  if (!/^\d{11}$/.test(digits)) return null;
  const body = digits.slice(0, 9);
  const check = Number(digits.slice(9));
  // Numbers up to 001-001-998 were issued before checksums existed.
  if (Number(body) <= 1001998) return digits;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(body[i]) * (9 - i);
  let expected = sum % 101;
  if (expected === 100) expected = 0;
  return expected === check ? digits : null;
}

const NAME = /^[А-ЯЁа-яёA-Za-z][А-ЯЁа-яёA-Za-z' -]{0,99}$/u;

export function nameProblem(
  field: string,
  value: string | null | undefined,
  required: boolean,
): string | null {
  const v = value?.trim() ?? '';
  if (!v) return required ? `Поле «${field}» обязательно.` : null;
  if (!NAME.test(v))
    return `Поле «${field}» может содержать только буквы, дефис, апостроф и пробел (до 100 символов).`;
  return null;
}

export function birthDateProblem(value: string | null | undefined, today: Date): string | null {
  if (!value) return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'Дата рождения должна быть в формате ГГГГ-ММ-ДД.';
  const d = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value)
    return 'Такой даты не существует.';
  if (d > today) return 'Дата рождения не может быть в будущем.';
  if (d.getUTCFullYear() < 1900) return 'Дата рождения раньше 1900 года.';
  return null;
}
