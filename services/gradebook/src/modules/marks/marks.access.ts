import { hasRole, isPerson, type Viewer } from '@dnevnik/auth';
import {
  canReadStudentRecords,
  isClassTeacherOf,
  isDeputyOrDirector,
  teachesLesson,
} from '@dnevnik/school-facts';

/** A5, A6, A7: a lesson's marks are written by its teacher or a substitute granted that lesson. */
export const canPostMark = teachesLesson;

export type CorrectionRight = 'author' | 'class_teacher' | 'deputy' | 'none';

/** M4: who is asking to correct a mark, as the 7-day rule needs to know it. */
export function correctionRight(
  viewer: Viewer,
  mark: { enteredBy: string; schoolId: string },
  studentClassIds: readonly string[],
): CorrectionRight {
  if (!isPerson(viewer)) return 'none';
  if (isDeputyOrDirector(viewer, mark.schoolId)) return 'deputy';
  if (viewer.personId === mark.enteredBy) return 'author';
  if (isClassTeacherOf(viewer, mark.schoolId, studentClassIds)) return 'class_teacher';
  return 'none';
}

/** Staff of the school, the student, their verified parents (A2, A4, A5, A7, A8). */
export const canReadStudentMarks = canReadStudentRecords;

/** G4, M5: the deputy director opens transfer windows and permits late entries. */
export const canOpenTransferWindow = isDeputyOrDirector;

/** Journal integrity is checked by the school's leadership. */
export const canVerifyJournal = (viewer: Viewer, schoolId: string) =>
  hasRole(viewer, ['director', 'deputy_director', 'school_admin'], schoolId);
