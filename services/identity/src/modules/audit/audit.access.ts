import { hasRole, type Role, type Viewer } from '@dnevnik/auth';

const ADMINISTRATION: readonly Role[] = ['director', 'deputy_director', 'school_admin'];

/** Audit chains are read by the school's leadership and administrator (A2, A3). */
export function canVerifyAudit(viewer: Viewer, schoolId: string): boolean {
  return hasRole(viewer, ADMINISTRATION, schoolId);
}

/** Chains outside any school are the region's to verify (A1): the regional official, no one else. */
export const canVerifyIdentityAuditChain = (viewer: Viewer): boolean =>
  hasRole(viewer, ['regional_official']);
