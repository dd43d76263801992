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

/** A role held within a scope: a region, a school, or a class of a school. */
export const roleGrantSchema = z.object({
  role: roleSchema,
  regionId: z.string().nullable().default(null),
  schoolId: z.string().nullable().default(null),
  classId: z.string().nullable().default(null),
});
export type RoleGrant = z.infer<typeof roleGrantSchema>;

export const SCHOOL_LEADERSHIP: readonly Role[] = ['director', 'deputy_director'];
export const SCHOOL_STAFF: readonly Role[] = [
  'director',
  'deputy_director',
  'school_admin',
  'subject_teacher',
  'class_teacher',
];
export const REGIONAL_ROLES: readonly Role[] = ['regional_official', 'regional_analyst'];
