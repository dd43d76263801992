import { describe, expect, it } from 'vitest';
import type { Role, Viewer } from '@dnevnik/auth';
import { canVerifyParentLink, personVisibility } from './people.access.js';

const S1 = 'school-1';
const S2 = 'school-2';
const viewer = (
  personId: string,
  roles: { role: Role; schoolId?: string; classId?: string | null }[],
): Viewer => ({
  kind: 'person',
  personId,
  sessionId: 's',
  authMethod: 'password',
  roles: roles.map((r) => ({
    role: r.role,
    schoolId: r.schoolId ?? null,
    classId: r.classId ?? null,
    regionId: null,
  })),
});
const student = { role: 'student' as const, schoolId: S1, classId: '7a' };
const teacher = { role: 'subject_teacher' as const, schoolId: S1, classId: null };
const none = new Set<string>();

describe('personVisibility', () => {
  it('denies anonymous viewers', () => {
    expect(
      personVisibility(
        { kind: 'anonymous' },
        { personId: 'x', grants: [student], viewerChildIds: none },
      ),
    ).toBe('none');
  });

  it('shows a person themselves and a parent their verified child in full', () => {
    expect(
      personVisibility(viewer('x', []), { personId: 'x', grants: [], viewerChildIds: none }),
    ).toBe('full');
    const parent = viewer('p', [{ role: 'parent', schoolId: S1 }]);
    expect(
      personVisibility(parent, {
        personId: 'c',
        grants: [student],
        viewerChildIds: new Set(['c']),
      }),
    ).toBe('full');
  });

  it('does not show a parent another child of the same school (A8)', () => {
    const parent = viewer('p', [{ role: 'parent', schoolId: S1 }]);
    expect(
      personVisibility(parent, {
        personId: 'other',
        grants: [student],
        viewerChildIds: new Set(['c']),
      }),
    ).toBe('none');
  });

  it('shows parents and students the names of their school staff only', () => {
    const parent = viewer('p', [{ role: 'parent', schoolId: S1 }]);
    expect(
      personVisibility(parent, { personId: 't', grants: [teacher], viewerChildIds: none }),
    ).toBe('name');
    const foreign = viewer('p2', [{ role: 'parent', schoolId: S2 }]);
    expect(
      personVisibility(foreign, { personId: 't', grants: [teacher], viewerChildIds: none }),
    ).toBe('none');
  });

  it('shows administration its school in full and nothing of other schools', () => {
    const admin = viewer('a', [{ role: 'school_admin', schoolId: S1 }]);
    expect(
      personVisibility(admin, { personId: 'c', grants: [student], viewerChildIds: none }),
    ).toBe('full');
    const otherAdmin = viewer('a2', [{ role: 'director', schoolId: S2 }]);
    expect(
      personVisibility(otherAdmin, { personId: 'c', grants: [student], viewerChildIds: none }),
    ).toBe('none');
  });

  it('gives regional roles no personal data', () => {
    const official = viewer('r', [{ role: 'regional_official' }]);
    expect(
      personVisibility(official, { personId: 'c', grants: [student], viewerChildIds: none }),
    ).toBe('none');
  });
});

describe('canVerifyParentLink', () => {
  it('allows the class teacher of the child class and the school admin only', () => {
    expect(
      canVerifyParentLink(viewer('ct', [{ role: 'class_teacher', schoolId: S1, classId: '7a' }]), [
        student,
      ]),
    ).toBe(true);
    expect(
      canVerifyParentLink(viewer('ct', [{ role: 'class_teacher', schoolId: S1, classId: '8b' }]), [
        student,
      ]),
    ).toBe(false);
    expect(
      canVerifyParentLink(viewer('ad', [{ role: 'school_admin', schoolId: S1 }]), [student]),
    ).toBe(true);
    expect(canVerifyParentLink(viewer('t', [teacher]), [student])).toBe(false);
  });
});
