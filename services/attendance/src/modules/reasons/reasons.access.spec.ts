import { describe, expect, it } from 'vitest';
import { ANONYMOUS, type Role, type Viewer } from '@dnevnik/auth';
import {
  canDecideNotice,
  canNotifyAbsence,
  canReadNotice,
  canReconcileWeek,
  canSetAbsenceReason,
} from './reasons.access.js';

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
const classTeacher = person(
  'ct',
  ['class_teacher', SCHOOL, '7a'],
  ['subject_teacher', SCHOOL, null],
);
const otherClassTeacher = person('ct2', ['class_teacher', SCHOOL, '7b']);
const deputy = person('deputy', ['deputy_director', SCHOOL, null]);
const director = person('director', ['director', SCHOOL, null]);
const admin = person('admin', ['school_admin', SCHOOL, null]);
const parent = person('parent', ['parent', SCHOOL, null]);
const student = person('petya', ['student', SCHOOL, null]);
const otherDirector = person('d2', ['director', OTHER, null]);

describe('reasons, notices and reconciliation (A4, P2)', () => {
  it('are the class teacher’s of the student’s class only', () => {
    expect(canSetAbsenceReason(classTeacher, SCHOOL, ['7a'])).toBe(true);
    expect(canDecideNotice(classTeacher, SCHOOL, ['6b', '7a'])).toBe(true);
    expect(canReconcileWeek(classTeacher, SCHOOL, '7a')).toBe(true);
    for (const v of [otherClassTeacher, teacher, deputy, director, parent, student]) {
      expect(canSetAbsenceReason(v, SCHOOL, ['7a'])).toBe(false);
      expect(canReconcileWeek(v, SCHOOL, '7a')).toBe(false);
    }
    expect(canSetAbsenceReason(classTeacher, OTHER, ['7a'])).toBe(false);
  });

  it('lets a parent notify for their verified children only', () => {
    expect(canNotifyAbsence(parent, 'petya', new Set(['petya']))).toBe(true);
    expect(canNotifyAbsence(parent, 'anya', new Set(['petya']))).toBe(false);
    expect(canNotifyAbsence(ANONYMOUS, 'petya', new Set(['petya']))).toBe(false);
  });

  it('shows a notice to its family, the class teacher and the administration', () => {
    const notice = { schoolId: SCHOOL, studentId: 'petya', submittedBy: 'parent' };
    const none = new Set<string>();
    expect(canReadNotice(parent, notice, none, ['7a'])).toBe(true);
    expect(canReadNotice(student, notice, none, ['7a'])).toBe(true);
    expect(
      canReadNotice(person('mum', ['parent', SCHOOL, null]), notice, new Set(['petya']), []),
    ).toBe(true);
    expect(canReadNotice(classTeacher, notice, none, ['7a'])).toBe(true);
    expect(canReadNotice(admin, notice, none, ['7a'])).toBe(true);
    for (const v of [otherClassTeacher, teacher, otherDirector, ANONYMOUS])
      expect(canReadNotice(v, notice, none, ['7a'])).toBe(false);
  });
});
