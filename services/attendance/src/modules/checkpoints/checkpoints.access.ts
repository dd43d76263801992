import { hasRole, type Viewer } from '@dnevnik/auth';

/**
 * A school's audit chain in attendance (absence notices and their decisions) is verified by its
 * administration, as identity's and curriculum's are (A2, A3, G2).
 */
export const canVerifyAttendanceAudit = (viewer: Viewer, schoolId: string): boolean =>
  hasRole(viewer, ['director', 'deputy_director', 'school_admin'], schoolId);
