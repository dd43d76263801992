import { describe, expect, it } from 'vitest';
import type { Role, Viewer } from '@dnevnik/auth';
import {
  canGrantSubstitution,
  canReadSchoolRecords,
  isArchivistOf,
  canManageSubgroups,
  canReadHomework,
  canReadLesson,
  canRecordLesson,
  type AudienceEntry,
} from './school-access.access.js';

const S = 'school-1';
const person = (
  personId: string,
  roles: { role: Role; schoolId?: string; classId?: string }[],
): Viewer => ({
  kind: 'person',
  personId,
  sessionId: 's',
  authMethod: 'password',
  roles: roles.map((r) => ({
    role: r.role,
    schoolId: r.schoolId ?? S,
    classId: r.classId ?? null,
    regionId: null,
  })),
});
const lesson7a = { schoolId: S, classId: '7a', groupId: null, date: '2026-10-05' };
const childIn7a: AudienceEntry = {
  kind: 'class',
  id: '7a',
  from: '2026-09-01',
  to: null,
  studentId: 'petya',
};

describe('canReadLesson', () => {
  it('lets staff read every lesson of their school and nothing of another', () => {
    expect(canReadLesson(person('t', [{ role: 'subject_teacher' }]), lesson7a, [])).toBe(true);
    expect(
      canReadLesson(person('t', [{ role: 'subject_teacher', schoolId: 'other' }]), lesson7a, []),
    ).toBe(false);
  });

  it('lets a parent read their child’s class lessons only while the child was in it', () => {
    const parent = person('p', [{ role: 'parent' }]);
    expect(canReadLesson(parent, lesson7a, [childIn7a])).toBe(true);
    expect(canReadLesson(parent, { ...lesson7a, classId: '7b' }, [childIn7a])).toBe(false);
    const moved: AudienceEntry = { ...childIn7a, to: '2026-10-01' };
    expect(canReadLesson(parent, lesson7a, [moved])).toBe(false);
    expect(canReadLesson(parent, { ...lesson7a, date: '2026-09-30' }, [moved])).toBe(true);
  });

  it('matches group lessons by group membership', () => {
    const student = person('s', [{ role: 'student' }]);
    const groupLesson = { schoolId: S, classId: null, groupId: 'eng-1', date: '2026-10-05' };
    expect(canReadLesson(student, groupLesson, [childIn7a])).toBe(false);
    expect(
      canReadLesson(student, groupLesson, [
        { kind: 'group', id: 'eng-1', from: '2026-09-01', to: null, studentId: 's' },
      ]),
    ).toBe(true);
  });

  it('denies anonymous viewers', () => {
    expect(canReadLesson({ kind: 'anonymous' }, lesson7a, [childIn7a])).toBe(false);
  });
});

describe('canReadHomework', () => {
  it('shows individual homework only to that student’s side and to staff', () => {
    const parent = person('p', [{ role: 'parent' }]);
    expect(canReadHomework(parent, { studentId: 'petya' }, lesson7a, [childIn7a])).toBe(true);
    expect(canReadHomework(parent, { studentId: 'anya' }, lesson7a, [childIn7a])).toBe(false);
    expect(canReadHomework(parent, { studentId: null }, lesson7a, [childIn7a])).toBe(true);
    expect(
      canReadHomework(
        person('t', [{ role: 'class_teacher', classId: '7a' }]),
        { studentId: 'anya' },
        lesson7a,
        [],
      ),
    ).toBe(true);
  });
});

describe('writing', () => {
  it('records a lesson only as its teacher or a granted substitute', () => {
    expect(
      canRecordLesson(person('t1', [{ role: 'subject_teacher' }]), { teacherId: 't1' }, []),
    ).toBe(true);
    expect(
      canRecordLesson(person('t2', [{ role: 'subject_teacher' }]), { teacherId: 't1' }, []),
    ).toBe(false);
    expect(
      canRecordLesson(person('t2', [{ role: 'subject_teacher' }]), { teacherId: 't1' }, ['t2']),
    ).toBe(true);
    expect(canRecordLesson(person('d', [{ role: 'director' }]), { teacherId: 't1' }, [])).toBe(
      false,
    );
  });

  it('grants substitutions by leadership and subgroups by the class teacher', () => {
    expect(canGrantSubstitution(person('d', [{ role: 'deputy_director' }]), S)).toBe(true);
    expect(canGrantSubstitution(person('t', [{ role: 'subject_teacher' }]), S)).toBe(false);
    expect(
      canManageSubgroups(person('ct', [{ role: 'class_teacher', classId: '7a' }]), S, '7a'),
    ).toBe(true);
    expect(
      canManageSubgroups(person('ct', [{ role: 'class_teacher', classId: '7b' }]), S, '7a'),
    ).toBe(false);
  });
});

describe('the archivist (ADR 0012)', () => {
  const archivist = (schoolId: string, role: 'archivist' | 'student' = 'archivist'): Viewer => ({
    kind: 'service',
    serviceId: 'archive',
    sessionId: 'job-1',
    roles: [{ role, schoolId, regionId: null, classId: null }],
  });

  it('reads every lesson and homework of its school only', () => {
    expect(canReadLesson(archivist(S), lesson7a, [])).toBe(true);
    expect(canReadLesson(archivist('other'), lesson7a, [])).toBe(false);
    expect(canReadHomework(archivist(S), { studentId: 'petya' }, lesson7a, [])).toBe(true);
    expect(canReadHomework(archivist('other'), { studentId: null }, lesson7a, [])).toBe(false);
  });

  it('reads the school records of its school only', () => {
    expect(isArchivistOf(archivist(S), S)).toBe(true);
    expect(canReadSchoolRecords(archivist(S), S)).toBe(true);
    expect(canReadSchoolRecords(archivist('other'), S)).toBe(false);
  });

  it('refuses a service without the archivist grant', () => {
    const other = archivist(S, 'student');
    expect(canReadLesson(other, lesson7a, [])).toBe(false);
    expect(canReadSchoolRecords(other, S)).toBe(false);
    expect(
      isArchivistOf({ kind: 'service', serviceId: 'archive', sessionId: 'j', roles: [] }, S),
    ).toBe(false);
  });

  it('never writes', () => {
    const a = archivist(S);
    expect(canGrantSubstitution(a, S)).toBe(false);
    expect(canManageSubgroups(a, S, '7a')).toBe(false);
    expect(canRecordLesson(a, { teacherId: 't' }, [])).toBe(false);
  });

  it('leaves persons as they were: the name of the role does not leak to a person', () => {
    const p: Viewer = {
      kind: 'person',
      personId: 'x',
      sessionId: 's',
      authMethod: 'password',
      roles: [{ role: 'archivist', schoolId: S, regionId: null, classId: null }],
    };
    expect(isArchivistOf(p, S)).toBe(false);
    expect(canReadLesson(p, lesson7a, [])).toBe(false);
    expect(canReadSchoolRecords(person('t', [{ role: 'subject_teacher' }]), S)).toBe(true);
    expect(canReadSchoolRecords(person('s', [{ role: 'student' }]), S)).toBe(false);
  });
});
