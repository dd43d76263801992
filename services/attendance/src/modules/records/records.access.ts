import { hasRole, isPerson, isService, type Viewer } from '@dnevnik/auth';
import {
  canReadStudentRecords,
  isClassTeacherOf,
  isDeputyOrDirector,
  teachesLesson,
  type LessonStaff,
} from '@dnevnik/school-facts';
import type { CorrectionRight } from './records.rules.js';

/**
 * Who may record, correct and read attendance records (A2, A5–A8), deny by default. Pure: the
 * use cases and queries load the facts (the lesson's staff, the student's classes, the viewer's
 * verified children).
 */

/** A5, A6: a lesson's attendance is taken by its teacher or a substitute granted that lesson. */
export const canRecordAttendance = teachesLesson;

/**
 * Who is asking to correct a record, as the 7-day rule needs to know it: the lesson's teacher
 * or substitute (or whoever entered it), the class teacher of the student, or the leadership.
 */
export function attendanceCorrectionRight(
  viewer: Viewer,
  record: { enteredBy: string; schoolId: string },
  lesson: LessonStaff,
  studentClassIds: readonly string[],
): CorrectionRight {
  if (!isPerson(viewer)) return 'none';
  if (isDeputyOrDirector(viewer, record.schoolId)) return 'deputy';
  if (viewer.personId === record.enteredBy || teachesLesson(viewer, lesson)) return 'teacher';
  if (isClassTeacherOf(viewer, record.schoolId, studentClassIds)) return 'class_teacher';
  return 'none';
}

/** Staff of the school, the student, their verified parents (A2, A4, A5, A7, A8). */
export const canReadStudentAttendance = canReadStudentRecords;

/**
 * A lesson's records: as for a student's, and for the archive holding `archivist` for the
 * record's school, which prints the journal's attendance (ADR 0012). Staff rights count for a
 * person only, so a service's token opens nothing but its own role.
 */
export function canReadLessonAttendance(
  viewer: Viewer,
  schoolId: string,
  studentId: string,
  childIds: ReadonlySet<string>,
): boolean {
  if (isService(viewer)) return hasRole(viewer, ['archivist'], schoolId);
  return canReadStudentAttendance(viewer, schoolId, studentId, childIds);
}

/** Journal integrity is checked by the school's leadership, as for marks. */
export const canVerifyAttendance = (viewer: Viewer, schoolId: string) =>
  hasRole(viewer, ['director', 'deputy_director', 'school_admin'], schoolId);
