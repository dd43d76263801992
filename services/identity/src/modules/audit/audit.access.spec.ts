import { describe, expect, it } from 'vitest';
import { ROLES, type Role, type Viewer } from '@dnevnik/auth';
import { canVerifyIdentityAuditChain } from './audit.access.js';

const person = (role: Role): Viewer => ({
  kind: 'person',
  personId: 'p',
  sessionId: 's',
  authMethod: 'password',
  roles: [
    {
      role,
      regionId: null,
      schoolId: role.startsWith('regional') ? null : 'school',
      classId: null,
    },
  ],
});

describe('canVerifyIdentityAuditChain', () => {
  it('lets only the regional official verify the chains outside any school', () => {
    for (const role of ROLES)
      expect([role, canVerifyIdentityAuditChain(person(role))]).toEqual([
        role,
        role === 'regional_official',
      ]);
  });

  it('denies anyone who is not a person', () => {
    expect(canVerifyIdentityAuditChain({ kind: 'anonymous' })).toBe(false);
  });
});
