import { describe, expect, it } from 'vitest';
import { ANONYMOUS, type Role, type Viewer } from '@dnevnik/auth';
import {
  canReadStudentRecords,
  isClassTeacherOf,
  isDeputyOrDirector,
  teachesLesson,
} from './access.js';

const SCHOOL = 'school-1';
const OTHER_SCHOOL = 'school-2';

function person(id: string, ...grants: [Role, string | null, string | null][]): Viewer {
  return {
    kind: 'person',
    personId: id,
    sessionId: 's',
    authMethod: 'password',
    roles: grants.map(([role, schoolId, classId]) => ({
      role,
      regionId: null,
      schoolId,
      classId,
    })),
  };
}

describe('who writes a lesson record', () => {
  const lesson = { schoolId: SCHOOL, teacherId: 't1', substituteIds: ['t2'] };
  it('is the teacher or a granted substitute, nobody else', () => {
    expect(teachesLesson(person('t1', ['subject_teacher', SCHOOL, null]), lesson)).toBe(true);
    expect(teachesLesson(person('t2', ['subject_teacher', SCHOOL, null]), lesson)).toBe(true);
    expect(teachesLesson(person('d', ['director', SCHOOL, null]), lesson)).toBe(false);
    expect(teachesLesson(ANONYMOUS, lesson)).toBe(false);
  });
});

describe('class teacher', () => {
  const ct = person('ct', ['class_teacher', SCHOOL, '7a']);
  it('is bound to the class and the school', () => {
    expect(isClassTeacherOf(ct, SCHOOL, ['7a'])).toBe(true);
    expect(isClassTeacherOf(ct, SCHOOL, ['7b'])).toBe(false);
    expect(isClassTeacherOf(ct, OTHER_SCHOOL, ['7a'])).toBe(false);
    expect(isClassTeacherOf(ct, SCHOOL, [])).toBe(false);
  });
});

describe('reading a student record (deny by default)', () => {
  const children = new Set(['kid']);
  it('lets staff of the school, the student and verified parents read', () => {
    expect(
      canReadStudentRecords(person('t', ['subject_teacher', SCHOOL, null]), SCHOOL, 'x', children),
    ).toBe(true);
    expect(canReadStudentRecords(person('kid'), SCHOOL, 'kid', new Set())).toBe(true);
    expect(canReadStudentRecords(person('parent'), SCHOOL, 'kid', children)).toBe(true);
  });
  it('refuses other children, other schools and anonymous callers', () => {
    expect(canReadStudentRecords(person('parent'), SCHOOL, 'other-kid', children)).toBe(false);
    expect(
      canReadStudentRecords(
        person('t', ['subject_teacher', OTHER_SCHOOL, null]),
        SCHOOL,
        'x',
        children,
      ),
    ).toBe(false);
    expect(canReadStudentRecords(ANONYMOUS, SCHOOL, 'kid', children)).toBe(false);
  });
});

it('the leadership is the director and deputies of that school only', () => {
  expect(isDeputyOrDirector(person('z', ['deputy_director', SCHOOL, null]), SCHOOL)).toBe(true);
  expect(isDeputyOrDirector(person('z', ['deputy_director', SCHOOL, null]), OTHER_SCHOOL)).toBe(
    false,
  );
  expect(isDeputyOrDirector(person('a', ['school_admin', SCHOOL, null]), SCHOOL)).toBe(false);
});
