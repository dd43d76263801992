import { hasRole, type Viewer } from '@dnevnik/auth';

/** The audit chains of identity that belong to no school, by their name in the graph. */
export const IDENTITY_AUDIT_CHAINS = { SESSIONS: 'sessions', IDENTITY: 'identity' } as const;

/** Chains outside any school are the region's to verify (A1): the regional official, no one else. */
export const canVerifyIdentityAuditChain = (viewer: Viewer): boolean =>
  hasRole(viewer, ['regional_official']);
