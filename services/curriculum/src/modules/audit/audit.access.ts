import { hasRole, type Viewer } from '@dnevnik/auth';

/** A school's audit chain is verified by its administration, as identity's is (A2, A3, G2). */
export const canVerifyCurriculumAudit = (viewer: Viewer, schoolId: string): boolean =>
  hasRole(viewer, ['director', 'deputy_director', 'school_admin'], schoolId);
