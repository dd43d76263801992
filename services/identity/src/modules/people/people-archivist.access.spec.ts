import { describe, expect, it } from 'vitest';
import type { GrantRole, Role, Viewer } from '@dnevnik/auth';
import { actingService } from '@dnevnik/service-runtime';
import { canManageSchoolPeople, personVisibility } from './people.access.js';

const A = 'school-a';
const B = 'school-b';
const service = (role: GrantRole, schoolId: string): Viewer =>
  actingService('archive', [{ role, schoolId }]);
const facts = (role: Role, schoolId: string) => ({
  personId: 'x',
  grants: [{ role, schoolId, classId: null }],
  viewerChildIds: new Set<string>(),
});

describe('personVisibility for the archivist', () => {
  it('sees only the names of its school’s students and teachers', () => {
    expect(personVisibility(service('archivist', A), facts('student', A))).toBe('name');
    expect(personVisibility(service('archivist', A), facts('subject_teacher', A))).toBe('name');
    expect(personVisibility(service('archivist', A), facts('class_teacher', A))).toBe('name');
  });

  it('sees nobody of another school, nor parents', () => {
    expect(personVisibility(service('archivist', A), facts('student', B))).toBe('none');
    expect(personVisibility(service('archivist', A), facts('parent', A))).toBe('none');
  });

  it('refuses a service without the archivist grant', () => {
    expect(personVisibility(service('school_admin', A), facts('student', A))).toBe('none');
  });

  it('never manages people', () => {
    expect(canManageSchoolPeople(service('archivist', A), A)).toBe(false);
  });

  it('leaves persons as they were', () => {
    const p = (role: GrantRole): Viewer => ({
      kind: 'person',
      personId: 'p',
      sessionId: 's',
      authMethod: 'password',
      roles: [{ role, schoolId: A, regionId: null, classId: null }],
    });
    expect(personVisibility(p('archivist'), facts('student', A))).toBe('none');
    expect(personVisibility(p('subject_teacher'), facts('student', A))).toBe('name');
    expect(personVisibility(p('school_admin'), facts('student', A))).toBe('full');
  });
});
