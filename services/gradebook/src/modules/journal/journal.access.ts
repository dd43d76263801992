import { hasRole, isPerson, isService, type Viewer } from '@dnevnik/auth';
import { isSchoolStaff } from '@dnevnik/school-facts';

/**
 * A class's journal page is seen by the school's staff (A2, A4, A5), and read by the archive
 * holding `archivist` for that school, to print and keep it (ADR 0012).
 */
export const canReadJournal = (viewer: Viewer, schoolId: string) =>
  (isPerson(viewer) && isSchoolStaff(viewer, schoolId)) ||
  (isService(viewer) && hasRole(viewer, ['archivist'], schoolId));
