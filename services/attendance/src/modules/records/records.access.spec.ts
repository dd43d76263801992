import { describe, expect, it } from 'vitest';
import { ANONYMOUS, type Role, type Viewer } from '@dnevnik/auth';
import {
  attendanceCorrectionRight,
  canReadStudentAttendance,
  canRecordAttendance,
  canVerifyAttendance,
} from './records.access.js';

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
const substitute = person('sub', ['subject_teacher', SCHOOL, null]);
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
const lesson = { schoolId: SCHOOL, teacherId: 'math', substituteIds: ['sub'] };

describe('recording (A5, A6)', () => {
  it('lets only the lesson’s teacher and its granted substitute record', () => {
    expect(canRecordAttendance(teacher, lesson)).toBe(true);
    expect(canRecordAttendance(substitute, lesson)).toBe(true);
    for (const v of [classTeacher, deputy, director, admin, parent, student, ANONYMOUS])
      expect(canRecordAttendance(v, lesson)).toBe(false);
  });
});

describe('corrections', () => {
  const record = { enteredBy: 'math', schoolId: SCHOOL };
  it('tells the teacher, the class teacher and the leadership apart, and nobody else', () => {
    expect(attendanceCorrectionRight(teacher, record, lesson, ['7a'])).toBe('teacher');
    expect(attendanceCorrectionRight(substitute, record, lesson, ['7a'])).toBe('teacher');
    expect(attendanceCorrectionRight(classTeacher, record, lesson, ['7a'])).toBe('class_teacher');
    expect(attendanceCorrectionRight(deputy, record, lesson, ['7a'])).toBe('deputy');
    expect(attendanceCorrectionRight(director, record, lesson, ['7a'])).toBe('deputy');
    for (const v of [otherClassTeacher, admin, parent, student, otherDirector, ANONYMOUS])
      expect(attendanceCorrectionRight(v, record, lesson, ['7a'])).toBe('none');
  });
});

describe('reading (A2, A7, A8)', () => {
  it('lets staff, the student and verified parents read a student’s attendance', () => {
    const children = new Set(['petya']);
    expect(canReadStudentAttendance(teacher, SCHOOL, 'anya', new Set())).toBe(true);
    expect(canReadStudentAttendance(student, SCHOOL, 'petya', new Set())).toBe(true);
    expect(canReadStudentAttendance(student, SCHOOL, 'anya', new Set())).toBe(false);
    expect(canReadStudentAttendance(parent, SCHOOL, 'petya', children)).toBe(true);
    expect(canReadStudentAttendance(parent, SCHOOL, 'anya', children)).toBe(false);
    expect(canReadStudentAttendance(otherDirector, SCHOOL, 'anya', new Set())).toBe(false);
    expect(canReadStudentAttendance(ANONYMOUS, SCHOOL, 'petya', children)).toBe(false);
  });

  it('leaves verification to the leadership', () => {
    expect(canVerifyAttendance(director, SCHOOL)).toBe(true);
    expect(canVerifyAttendance(teacher, SCHOOL)).toBe(false);
  });
});
