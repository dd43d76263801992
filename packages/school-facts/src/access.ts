import { hasRole, isPerson, SCHOOL_STAFF, type Viewer } from '@dnevnik/auth';

export interface LessonStaff {
  schoolId: string;
  teacherId: string;
  substituteIds: readonly string[];
}

/**
 * A5, A6, A7: a lesson's record (marks, attendance) is written by its teacher or a substitute
 * granted that lesson; nobody else — not the director, not the class teacher.
 */
export function teachesLesson(viewer: Viewer, lesson: LessonStaff): boolean {
  return (
    isPerson(viewer) &&
    (viewer.personId === lesson.teacherId || lesson.substituteIds.includes(viewer.personId))
  );
}

/** A4: the class teacher (классный руководитель) of one of the given classes. */
export function isClassTeacherOf(
  viewer: Viewer,
  schoolId: string,
  classIds: readonly string[],
): boolean {
  return (
    isPerson(viewer) &&
    viewer.roles.some(
      (g) =>
        g.role === 'class_teacher' &&
        g.schoolId === schoolId &&
        !!g.classId &&
        classIds.includes(g.classId),
    )
  );
}

/**
 * Deny by default. Staff of the school read a student's records there (by role, A2, A4, A5);
 * a student reads their own; a parent reads their verified children's (A7, A8).
 */
export function canReadStudentRecords(
  viewer: Viewer,
  schoolId: string,
  studentId: string,
  childIds: ReadonlySet<string>,
): boolean {
  if (!isPerson(viewer)) return false;
  if (hasRole(viewer, SCHOOL_STAFF, schoolId)) return true;
  return viewer.personId === studentId || childIds.has(studentId);
}

/** Staff of the school: the class journal and school reports are theirs to read. */
export const isSchoolStaff = (viewer: Viewer, schoolId: string) =>
  hasRole(viewer, SCHOOL_STAFF, schoolId);

/** The school's leadership: approvals, transfer windows, integrity checks. */
export const isDeputyOrDirector = (viewer: Viewer, schoolId: string) =>
  hasRole(viewer, ['deputy_director', 'director'], schoolId);
