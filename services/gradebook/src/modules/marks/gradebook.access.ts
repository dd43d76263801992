import { hasRole, isPerson, SCHOOL_STAFF, type Viewer } from '@dnevnik/auth';

export interface LessonFacts {
  schoolId: string;
  teacherId: string;
  substituteIds: readonly string[];
}

/**
 * A5, A6, A7: a lesson's marks are written by its teacher or a substitute granted that lesson;
 * nobody else — not the director, not the class teacher (who writes finals instead).
 */
export function canPostMark(viewer: Viewer, lesson: LessonFacts): boolean {
  return (
    isPerson(viewer) &&
    (viewer.personId === lesson.teacherId || lesson.substituteIds.includes(viewer.personId))
  );
}

/** A4: finals of a class are set by its class teacher. */
export function canSetFinal(viewer: Viewer, schoolId: string, classId: string): boolean {
  return (
    isPerson(viewer) &&
    viewer.roles.some(
      (g) => g.role === 'class_teacher' && g.schoolId === schoolId && g.classId === classId,
    )
  );
}

export type CorrectionRight = 'author' | 'class_teacher' | 'deputy' | 'none';

/** M4: who is asking to correct a mark, as the 7-day rule needs to know it. */
export function correctionRight(
  viewer: Viewer,
  mark: { enteredBy: string; schoolId: string },
  studentClassIds: readonly string[],
): CorrectionRight {
  if (!isPerson(viewer)) return 'none';
  if (hasRole(viewer, ['deputy_director', 'director'], mark.schoolId)) return 'deputy';
  if (viewer.personId === mark.enteredBy) return 'author';
  if (
    viewer.roles.some(
      (g) =>
        g.role === 'class_teacher' &&
        g.schoolId === mark.schoolId &&
        g.classId &&
        studentClassIds.includes(g.classId),
    )
  ) {
    return 'class_teacher';
  }
  return 'none';
}

/**
 * Deny by default. Staff of the school read all marks there (by role, A2, A4, A5); a student
 * reads their own; a parent reads their verified children's (A7, A8).
 */
export function canReadStudentMarks(
  viewer: Viewer,
  schoolId: string,
  studentId: string,
  childIds: ReadonlySet<string>,
): boolean {
  if (!isPerson(viewer)) return false;
  if (hasRole(viewer, SCHOOL_STAFF, schoolId)) return true;
  return viewer.personId === studentId || childIds.has(studentId);
}

/** G4: the deputy director opens the temporary-journal transfer window. */
export const canOpenTransferWindow = (viewer: Viewer, schoolId: string) =>
  hasRole(viewer, ['deputy_director', 'director'], schoolId);

/** Journal integrity is checked by the school's leadership. */
export const canVerifyJournal = (viewer: Viewer, schoolId: string) =>
  hasRole(viewer, ['director', 'deputy_director', 'school_admin'], schoolId);
