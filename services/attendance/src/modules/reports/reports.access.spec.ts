import { describe, expect, it } from 'vitest';
import type { Role, Viewer } from '@dnevnik/auth';
import { canReadClassAttendance, canReadSchoolAttendance } from './reports.access.js';

const SCHOOL = 'school-1';
const OTHER = 'school-2';
const person = (personId: string, ...roles: [Role, string | null, string | null][]): Viewer => ({
  kind: 'person',
  personId,
  sessionId: 's',
  authMethod: 'password',
  roles: roles.map(([role, schoolId, classId]) => ({ role, schoolId, classId, regionId: null })),
});

const teacher = person('math', ['subject_teacher', SCHOOL, null]);
const deputy = person('deputy', ['deputy_director', SCHOOL, null]);
const admin = person('admin', ['school_admin', SCHOOL, null]);
const parent = person('parent', ['parent', SCHOOL, null]);
const otherDirector = person('d2', ['director', OTHER, null]);

describe('reading (A2, A7, A8)', () => {
  it('keeps class sheets to staff and school totals to the administration', () => {
    expect(canReadClassAttendance(teacher, SCHOOL)).toBe(true);
    expect(canReadClassAttendance(parent, SCHOOL)).toBe(false);
    expect(canReadSchoolAttendance(admin, SCHOOL)).toBe(true);
    expect(canReadSchoolAttendance(deputy, SCHOOL)).toBe(true);
    expect(canReadSchoolAttendance(teacher, SCHOOL)).toBe(false);
    expect(canReadSchoolAttendance(otherDirector, SCHOOL)).toBe(false);
  });
});
