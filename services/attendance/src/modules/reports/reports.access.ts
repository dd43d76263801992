import { hasRole, type Viewer } from '@dnevnik/auth';
import { isSchoolStaff } from '@dnevnik/school-facts';

/** A class's sheets are read by the school's staff (A2, A4, A5). */
export const canReadClassAttendance = isSchoolStaff;

/** School totals and detections: the administration (A2, A3). */
export const canReadSchoolAttendance = (viewer: Viewer, schoolId: string) =>
  hasRole(viewer, ['director', 'deputy_director', 'school_admin'], schoolId);
