import { describe, expect, it } from 'vitest';
import type { Role, RoleGrant, Viewer } from '@dnevnik/auth';
import {
  canArchiveClass,
  canArchiveSchool,
  canDeleteDocument,
  canVerifySchoolArchive,
} from './documents.access.js';

const S = 'school-a';
const OTHER = 'school-b';
const C = 'class-7a';
const R = 'region-1';
const grant = (role: Role, scope: Partial<RoleGrant> = {}): RoleGrant => ({
  role,
  regionId: null,
  schoolId: null,
  classId: null,
  ...scope,
});
const personWith = (...roles: RoleGrant[]): Viewer => ({
  kind: 'person',
  personId: 'p',
  sessionId: 's',
  authMethod: 'password',
  roles,
});
const archivist: Viewer = {
  kind: 'service',
  serviceId: 'archive',
  sessionId: 't',
  roles: [{ role: 'archivist', schoolId: S, regionId: null, classId: null }],
};

const director = personWith(grant('director', { schoolId: S }));
const deputy = personWith(grant('deputy_director', { schoolId: S }));
const classTeacher = personWith(grant('class_teacher', { schoolId: S, classId: C }));
const otherClassTeacher = personWith(grant('class_teacher', { schoolId: S, classId: 'class-7b' }));
const teacher = personWith(grant('subject_teacher', { schoolId: S }));
const admin = personWith(grant('school_admin', { schoolId: S }));
const otherDirector = personWith(grant('director', { schoolId: OTHER }));
const official = personWith(grant('regional_official', { regionId: R }));
const otherOfficial = personWith(grant('regional_official', { regionId: 'region-2' }));
const analyst = personWith(grant('regional_analyst', { regionId: R }));
const parent = personWith(grant('parent', { schoolId: S }));
const anonymous: Viewer = { kind: 'anonymous' };

const everyone = {
  director,
  deputy,
  classTeacher,
  otherClassTeacher,
  teacher,
  admin,
  otherDirector,
  official,
  otherOfficial,
  analyst,
  parent,
  archivist,
  anonymous,
};
const allowed = (check: (v: Viewer) => boolean) =>
  Object.entries(everyone)
    .filter(([, v]) => check(v))
    .map(([name]) => name)
    .sort();

describe('archive access', () => {
  it('prints and archives a class: the director, the deputies and that class’s teacher', () => {
    expect(allowed((v) => canArchiveClass(v, S, C))).toEqual([
      'classTeacher',
      'deputy',
      'director',
    ]);
  });

  it('runs the school’s archive: the director and the deputies', () => {
    expect(allowed((v) => canArchiveSchool(v, S))).toEqual(['deputy', 'director']);
  });

  it('verifies: the school’s leadership and its own region’s official, nobody else', () => {
    expect(allowed((v) => canVerifySchoolArchive(v, { id: S, regionId: R }))).toEqual([
      'deputy',
      'director',
      'official',
    ]);
    expect(allowed((v) => canVerifySchoolArchive(v, { id: S, regionId: null }))).toEqual([
      'deputy',
      'director',
    ]);
  });

  it('deletes after retention: the director alone', () => {
    expect(allowed((v) => canDeleteDocument(v, S))).toEqual(['director']);
  });
});
