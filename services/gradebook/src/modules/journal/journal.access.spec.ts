import { describe, expect, it } from 'vitest';
import type { GrantRole, Viewer } from '@dnevnik/auth';
import { actingPerson, actingService } from '@dnevnik/service-runtime';
import { canReadJournal } from './journal.access.js';

const A = 'school-a';
const B = 'school-b';
const service = (role: GrantRole, schoolId: string): Viewer =>
  actingService('archive', [{ role, schoolId }]);
const person = (role: GrantRole, schoolId: string): Viewer =>
  actingPerson('p', [{ role, schoolId }]);

describe('canReadJournal', () => {
  it('lets the archivist of a school read its journal and no other school’s', () => {
    expect(canReadJournal(service('archivist', A), A)).toBe(true);
    expect(canReadJournal(service('archivist', A), B)).toBe(false);
  });

  it('refuses a service without the archivist grant', () => {
    expect(canReadJournal(service('subject_teacher', A), A)).toBe(false);
    expect(
      canReadJournal({ kind: 'service', serviceId: 'archive', sessionId: 'j', roles: [] }, A),
    ).toBe(false);
  });

  it('leaves persons as they were', () => {
    expect(canReadJournal(person('subject_teacher', A), A)).toBe(true);
    expect(canReadJournal(person('subject_teacher', A), B)).toBe(false);
    expect(canReadJournal(person('student', A), A)).toBe(false);
    // The role is a service's: on a person it opens nothing.
    expect(canReadJournal(person('archivist', A), A)).toBe(false);
  });
});
