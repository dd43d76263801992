import type { AudienceKind } from '../announcements/index.js';
import type { Relations } from './relations.queries.js';

const meets = (a: ReadonlySet<string>, b: ReadonlySet<string>) => [...a].some((x) => b.has(x));
const union = (...sets: ReadonlySet<string>[]) => new Set(sets.flatMap((s) => [...s]));

/**
 * C1, A7, A8: who may write to whom, from the school's real relationships. Deny by default.
 * - administration writes to anyone in its school; staff write to colleagues;
 * - teachers write to the students and parents of the classes they teach (the class teacher
 *   to those of their class);
 * - parents write to the teachers and the class teacher of their own child; students to their
 *   own teachers and class teacher.
 * Nobody else: not a parent to another family, not a student to another class's parents.
 */
export function mayWrite(sender: Relations, recipient: Relations, schoolId: string): boolean {
  if (sender.personId === recipient.personId) return false;
  if (sender.leadershipSchools.has(schoolId) && recipient.schools.has(schoolId)) return true;
  if (sender.staffSchools.has(schoolId) && recipient.staffSchools.has(schoolId)) return true;
  const taught = union(sender.teachesClasses, sender.classTeacherOf);
  if (meets(taught, recipient.studentOfClasses) || meets(taught, recipient.parentOfClasses))
    return true;
  const own = union(sender.parentOfClasses, sender.studentOfClasses);
  const teaching = union(recipient.teachesClasses, recipient.classTeacherOf);
  return meets(own, teaching);
}

export interface AudienceSpec {
  schoolId: string;
  audience: AudienceKind;
  classId: string | null;
  grade: number | null;
}

/**
 * C3: administration announces to a class, a parallel, the school or staff; the class teacher and
 * the class's teachers announce to that class only.
 */
export function mayAnnounce(sender: Relations, spec: AudienceSpec): boolean {
  if (sender.leadershipSchools.has(spec.schoolId)) return true;
  return (
    spec.audience === 'class' &&
    !!spec.classId &&
    (sender.classTeacherOf.has(spec.classId) || sender.teachesClasses.has(spec.classId))
  );
}

/** Whether a person is among an announcement's readers. */
export function inAudience(
  person: Relations,
  spec: AudienceSpec,
  gradeOf: ReadonlyMap<string, number>,
): boolean {
  const { schoolId } = spec;
  if (person.leadershipSchools.has(schoolId)) return true;
  const staff = person.staffSchools.has(schoolId);
  switch (spec.audience) {
    case 'staff':
      return staff;
    case 'school':
      return person.schools.has(schoolId);
    case 'class': {
      const c = spec.classId!;
      return (
        person.studentOfClasses.has(c) ||
        person.parentOfClasses.has(c) ||
        person.classTeacherOf.has(c) ||
        person.teachesClasses.has(c)
      );
    }
    case 'parallel':
      return (
        staff ||
        [...person.studentOfClasses, ...person.parentOfClasses].some(
          (c) => gradeOf.get(c) === spec.grade,
        )
      );
  }
}

/** C1: reported messages are for the school's administration to resolve. */
export const mayHandleReports = (person: Relations, schoolId: string): boolean =>
  person.leadershipSchools.has(schoolId);

/** C3: how many have read an announcement is for its author and the school's administration. */
export const maySeeReadCount = (
  person: Relations,
  announcement: { authorId: string; schoolId: string },
): boolean =>
  announcement.authorId === person.personId || person.leadershipSchools.has(announcement.schoolId);

/** C4: parents' activity in a class is for its class teacher and the school's administration. */
export const mayReadParentActivity = (
  person: Relations,
  cls: { id: string; schoolId: string },
): boolean => person.classTeacherOf.has(cls.id) || person.leadershipSchools.has(cls.schoolId);
