import { describe, expect, it } from 'vitest';
import { ROLES, type Role, type Viewer } from '@dnevnik/auth';
import { canVerifyAttendanceAudit } from './checkpoints.access.js';

const person = (role: Role, schoolId: string | null): Viewer => ({
  kind: 'person',
  personId: 'p',
  sessionId: 's',
  authMethod: 'password',
  roles: [{ role, regionId: null, schoolId, classId: null }],
});

describe('canVerifyAttendanceAudit', () => {
  it('lets the school’s director, deputies and administrator verify, and no other role', () => {
    const allowed: Role[] = ['director', 'deputy_director', 'school_admin'];
    for (const role of ROLES)
      expect([role, canVerifyAttendanceAudit(person(role, 's1'), 's1')]).toEqual([
        role,
        allowed.includes(role),
      ]);
  });

  it('denies the administration of another school, the region and the anonymous', () => {
    expect(canVerifyAttendanceAudit(person('director', 's2'), 's1')).toBe(false);
    expect(canVerifyAttendanceAudit(person('school_admin', null), 's1')).toBe(false);
    expect(canVerifyAttendanceAudit(person('regional_official', null), 's1')).toBe(false);
    expect(canVerifyAttendanceAudit({ kind: 'anonymous' }, 's1')).toBe(false);
  });
});
