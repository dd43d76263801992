import { describe, expect, it } from 'vitest';
import type { Role, Viewer } from '@dnevnik/auth';
import { canConfigureNonattendance } from './nonattendance.access.js';

const SCHOOL = 'school-1';
const person = (personId: string, ...roles: [Role, string | null, string | null][]): Viewer => ({
  kind: 'person',
  personId,
  sessionId: 's',
  authMethod: 'password',
  roles: roles.map(([role, schoolId, classId]) => ({ role, schoolId, classId, regionId: null })),
});

const classTeacher = person(
  'ct',
  ['class_teacher', SCHOOL, '7a'],
  ['subject_teacher', SCHOOL, null],
);
const deputy = person('deputy', ['deputy_director', SCHOOL, null]);
const director = person('director', ['director', SCHOOL, null]);
const admin = person('admin', ['school_admin', SCHOOL, null]);

describe('settings (P3)', () => {
  it('leaves settings to the director and deputy', () => {
    expect(canConfigureNonattendance(deputy, SCHOOL)).toBe(true);
    expect(canConfigureNonattendance(director, SCHOOL)).toBe(true);
    expect(canConfigureNonattendance(admin, SCHOOL)).toBe(false);
    expect(canConfigureNonattendance(classTeacher, SCHOOL)).toBe(false);
  });
});
