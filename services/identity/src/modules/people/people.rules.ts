import type { Role } from '@dnevnik/auth';
import { isIsoDate } from '@dnevnik/school-time';
import type { ParentLink, RoleAssignment } from './people.entities.js';

/** Where a parent–child link comes from: the school's records, ESIA's list of children, an application. */
export const PARENT_LINK_SOURCES = ['school_record', 'esia', 'application'] as const;
export type ParentLinkSource = (typeof PARENT_LINK_SOURCES)[number];

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
  if (!isIsoDate(value)) return 'Такой даты не существует.';
  const d = new Date(`${value}T00:00:00Z`);
  if (d > today) return 'Дата рождения не может быть в будущем.';
  if (d.getUTCFullYear() < 1900) return 'Дата рождения раньше 1900 года.';
  return null;
}

/** A school's audit chain: changes to its people, their roles, links and consents (G2). */
export const schoolChain = (schoolId: string) => `school:${schoolId}`;

/** What a role event carries about a grant. */
export function roleEventData(r: RoleAssignment) {
  return {
    assignmentId: r.id,
    personId: r.personId,
    role: r.role,
    regionId: r.regionId,
    schoolId: r.schoolId,
    classId: r.classId,
  };
}

/** What a guardianship event carries about a link. */
export function linkEventData(l: ParentLink) {
  return { linkId: l.id, parentId: l.parentId, childId: l.childId, verified: l.verified };
}
