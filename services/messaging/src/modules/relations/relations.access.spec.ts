import { describe, expect, it } from 'vitest';
import {
  inAudience,
  mayAnnounce,
  mayHandleReports,
  mayReadParentActivity,
  maySeeReadCount,
  mayWrite,
} from './relations.access.js';
import type { Relations } from './relations.queries.js';

const S = 'school';
function rel(
  personId: string,
  r: Partial<Record<keyof Omit<Relations, 'personId'>, string[]>> = {},
): Relations {
  const set = (k: keyof Omit<Relations, 'personId'>) => new Set(r[k] ?? []);
  const out: Relations = {
    personId,
    staffSchools: set('staffSchools'),
    leadershipSchools: set('leadershipSchools'),
    classTeacherOf: set('classTeacherOf'),
    teachesClasses: set('teachesClasses'),
    studentOfClasses: set('studentOfClasses'),
    parentOfClasses: set('parentOfClasses'),
    childIds: set('childIds'),
    schools: set('schools'),
  };
  if (out.schools.size === 0)
    for (const s of [
      ...out.staffSchools,
      ...(out.studentOfClasses.size || out.parentOfClasses.size ? [S] : []),
    ])
      out.schools.add(s);
  return out;
}

const director = rel('dir', { staffSchools: [S], leadershipSchools: [S] });
const mathTeacher = rel('math', { staffSchools: [S], teachesClasses: ['7a'] });
const classTeacher7b = rel('ct7b', { staffSchools: [S], classTeacherOf: ['7b'] });
const parent7a = rel('p7a', { parentOfClasses: ['7a'], childIds: ['kid7a'] });
const parent7b = rel('p7b', { parentOfClasses: ['7b'], childIds: ['kid7b'] });
const student7a = rel('kid7a', { studentOfClasses: ['7a'] });
const student7b = rel('kid7b', { studentOfClasses: ['7b'] });

describe('who may write to whom (C1)', () => {
  it('lets parents write to their child’s teachers and class teacher only', () => {
    expect(mayWrite(parent7a, mathTeacher, S)).toBe(true);
    expect(mayWrite(parent7b, classTeacher7b, S)).toBe(true);
    expect(mayWrite(parent7b, mathTeacher, S)).toBe(false);
    expect(mayWrite(parent7a, parent7b, S)).toBe(false);
  });
  it('lets teachers write to students and parents of classes they teach', () => {
    expect(mayWrite(mathTeacher, parent7a, S)).toBe(true);
    expect(mayWrite(mathTeacher, student7a, S)).toBe(true);
    expect(mayWrite(mathTeacher, parent7b, S)).toBe(false);
    expect(mayWrite(classTeacher7b, parent7b, S)).toBe(true);
  });
  it('keeps students to their own teachers', () => {
    expect(mayWrite(student7a, mathTeacher, S)).toBe(true);
    expect(mayWrite(student7a, parent7b, S)).toBe(false);
    expect(mayWrite(student7a, student7b, S)).toBe(false);
    expect(mayWrite(student7b, mathTeacher, S)).toBe(false);
  });
  it('lets administration write to anyone in its school, and staff to colleagues', () => {
    expect(mayWrite(director, parent7b, S)).toBe(true);
    expect(mayWrite(director, parent7b, 'other')).toBe(false);
    expect(mayWrite(mathTeacher, classTeacher7b, S)).toBe(true);
  });
  it('never to oneself', () => {
    expect(mayWrite(director, director, S)).toBe(false);
  });
});

describe('announcements (C3)', () => {
  const grades = new Map([
    ['7a', 7],
    ['7b', 7],
    ['8a', 8],
  ]);
  it('are published by administration anywhere, by teachers to their class only', () => {
    expect(
      mayAnnounce(director, { schoolId: S, audience: 'school', classId: null, grade: null }),
    ).toBe(true);
    expect(
      mayAnnounce(mathTeacher, { schoolId: S, audience: 'class', classId: '7a', grade: null }),
    ).toBe(true);
    expect(
      mayAnnounce(mathTeacher, { schoolId: S, audience: 'class', classId: '7b', grade: null }),
    ).toBe(false);
    expect(
      mayAnnounce(mathTeacher, { schoolId: S, audience: 'parallel', classId: null, grade: 7 }),
    ).toBe(false);
  });
  it('reach the right readers', () => {
    const parallel7 = { schoolId: S, audience: 'parallel' as const, classId: null, grade: 7 };
    expect(inAudience(parent7b, parallel7, grades)).toBe(true);
    expect(inAudience(rel('p8', { parentOfClasses: ['8a'] }), parallel7, grades)).toBe(false);
    const staffOnly = { schoolId: S, audience: 'staff' as const, classId: null, grade: null };
    expect(inAudience(mathTeacher, staffOnly, grades)).toBe(true);
    expect(inAudience(parent7a, staffOnly, grades)).toBe(false);
    const class7a = { schoolId: S, audience: 'class' as const, classId: '7a', grade: null };
    expect(inAudience(student7a, class7a, grades)).toBe(true);
    expect(inAudience(student7b, class7a, grades)).toBe(false);
  });
});

describe('the school administration’s reads (C1, C3, C4)', () => {
  it('leaves abuse reports to the administration of the school', () => {
    expect(mayHandleReports(director, S)).toBe(true);
    expect(mayHandleReports(director, 'other')).toBe(false);
    expect(mayHandleReports(mathTeacher, S)).toBe(false);
    expect(mayHandleReports(parent7a, S)).toBe(false);
  });
  it('shows an announcement’s read count to its author and the administration only', () => {
    const byMath = { authorId: 'math', schoolId: S };
    expect(maySeeReadCount(mathTeacher, byMath)).toBe(true);
    expect(maySeeReadCount(director, byMath)).toBe(true);
    expect(maySeeReadCount(classTeacher7b, byMath)).toBe(false);
    expect(maySeeReadCount(parent7a, byMath)).toBe(false);
  });
  it('shows parents’ activity to the class teacher and the administration only', () => {
    const class7b = { id: '7b', schoolId: S };
    expect(mayReadParentActivity(classTeacher7b, class7b)).toBe(true);
    expect(mayReadParentActivity(director, class7b)).toBe(true);
    expect(mayReadParentActivity(mathTeacher, { id: '7a', schoolId: S })).toBe(false);
    expect(mayReadParentActivity(parent7b, class7b)).toBe(false);
  });
});
