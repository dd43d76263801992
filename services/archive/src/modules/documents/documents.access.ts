import { hasRole, type Viewer } from '@dnevnik/auth';

/**
 * Who may do what with a school's archive (X1–X5, and the archive issue's access list): the
 * director and the deputies print and archive any class, the class teacher their own class; the
 * region may only verify. Deny by default: a role not named here gets nothing.
 */
export function canArchiveClass(viewer: Viewer, schoolId: string, classId: string): boolean {
  if (hasRole(viewer, ['director', 'deputy_director'], schoolId)) return true;
  return (
    viewer.kind === 'person' &&
    viewer.roles.some(
      (g) => g.role === 'class_teacher' && g.schoolId === schoolId && g.classId === classId,
    )
  );
}

/** The school's whole archive: its list of documents, the year volume job. */
export function canArchiveSchool(viewer: Viewer, schoolId: string): boolean {
  return hasRole(viewer, ['director', 'deputy_director'], schoolId);
}

/** Verifying proves integrity and shows no content: the school's leadership and its region. */
export function canVerifySchoolArchive(
  viewer: Viewer,
  school: { id: string; regionId: string | null },
): boolean {
  if (canArchiveSchool(viewer, school.id)) return true;
  return (
    school.regionId !== null &&
    viewer.kind === 'person' &&
    viewer.roles.some((g) => g.role === 'regional_official' && g.regionId === school.regionId)
  );
}

/** X5: deletion after retention is the director's act alone. */
export function canDeleteDocument(viewer: Viewer, schoolId: string): boolean {
  return hasRole(viewer, ['director'], schoolId);
}
