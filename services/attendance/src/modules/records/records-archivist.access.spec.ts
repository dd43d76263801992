import { describe, expect, it } from 'vitest';
import type { GrantRole, Viewer } from '@dnevnik/auth';
import { actingPerson, actingService } from '@dnevnik/service-runtime';
import { canReadLessonAttendance } from './records.access.js';

const A = 'school-a';
const B = 'school-b';
const none = new Set<string>();
const service = (role: GrantRole, schoolId: string): Viewer =>
  actingService('archive', [{ role, schoolId }]);
const person = (role: GrantRole, schoolId: string): Viewer =>
  actingPerson('p', [{ role, schoolId }]);

describe('canReadLessonAttendance', () => {
  it('lets the archivist read its own school’s records only', () => {
    expect(canReadLessonAttendance(service('archivist', A), A, 'kid', none)).toBe(true);
    expect(canReadLessonAttendance(service('archivist', A), B, 'kid', none)).toBe(false);
  });

  it('refuses a service without the archivist grant, even with a staff role on it', () => {
    expect(canReadLessonAttendance(service('subject_teacher', A), A, 'kid', none)).toBe(false);
  });

  it('leaves persons as they were', () => {
    expect(canReadLessonAttendance(person('subject_teacher', A), A, 'kid', none)).toBe(true);
    expect(canReadLessonAttendance(person('subject_teacher', B), A, 'kid', none)).toBe(false);
    expect(canReadLessonAttendance(person('parent', A), A, 'kid', new Set(['kid']))).toBe(true);
    expect(canReadLessonAttendance(person('parent', A), A, 'other', new Set(['kid']))).toBe(false);
    expect(canReadLessonAttendance(person('archivist', A), A, 'kid', none)).toBe(false);
  });
});
