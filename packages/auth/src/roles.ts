import { z } from 'zod';

/** A1: the roles of the journal. A person may hold several, in several schools. */
export const ROLES = [
  'director',
  'deputy_director',
  'school_admin',
  'subject_teacher',
  'class_teacher',
  'student',
  'parent',
  'regional_official',
  'regional_analyst',
] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/**
 * Roles only a service holds, never a person (ADR 0012): the archive reads one school's journal
 * with `archivist` to print and keep it. Identity grants it only in a service token.
 */
export const SERVICE_ROLES = ['archivist'] as const;
export type ServiceRole = (typeof SERVICE_ROLES)[number];
export type GrantRole = Role | ServiceRole;

/** A role held within a scope: a region, a school, or a class of a school. */
export const roleGrantSchema = z.object({
  role: z.enum([...ROLES, ...SERVICE_ROLES]),
  regionId: z.string().nullable().default(null),
  schoolId: z.string().nullable().default(null),
  classId: z.string().nullable().default(null),
});
export type RoleGrant = z.infer<typeof roleGrantSchema>;

export const SCHOOL_LEADERSHIP: readonly GrantRole[] = ['director', 'deputy_director'];
export const SCHOOL_STAFF: readonly GrantRole[] = [
  'director',
  'deputy_director',
  'school_admin',
  'subject_teacher',
  'class_teacher',
];
export const REGIONAL_ROLES: readonly GrantRole[] = ['regional_official', 'regional_analyst'];
