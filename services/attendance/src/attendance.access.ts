import { hasRole, isPerson, type Viewer } from '@dnevnik/auth';
import {
  canReadStudentRecords,
  isClassTeacherOf,
  isDeputyOrDirector,
  isSchoolStaff,
  teachesLesson,
  type LessonStaff,
} from '@dnevnik/school-facts';
import type { CorrectionRight } from './modules/records/records.rules.js';

/**
 * Who may do what with attendance (A2, A4–A8), deny by default. Pure: the service loads the
 * facts (the lesson's staff, the student's classes, the viewer's verified children).
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

/** A4, P2: the class teacher sets absence reasons, decides parents' notices, reconciles weeks. */
export const canSetAbsenceReason = (
  viewer: Viewer,
  schoolId: string,
  studentClassIds: readonly string[],
) => isClassTeacherOf(viewer, schoolId, studentClassIds);

export const canDecideNotice = canSetAbsenceReason;

export const canReconcileWeek = (viewer: Viewer, schoolId: string, classId: string) =>
  isClassTeacherOf(viewer, schoolId, [classId]);

/** A8: a parent notifies an absence only for their own verified child. */
export const canNotifyAbsence = (
  viewer: Viewer,
  studentId: string,
  childIds: ReadonlySet<string>,
) => isPerson(viewer) && childIds.has(studentId);

/** Staff of the school, the student, their verified parents (A2, A4, A5, A7, A8). */
export const canReadStudentAttendance = canReadStudentRecords;

/** A class's sheets are read by the school's staff (A2, A4, A5). */
export const canReadClassAttendance = isSchoolStaff;

/** School totals and detections: the administration (A2, A3). */
export const canReadSchoolAttendance = (viewer: Viewer, schoolId: string) =>
  hasRole(viewer, ['director', 'deputy_director', 'school_admin'], schoolId);

/** P3: the threshold of systematic non-attendance is the director's or deputy's to set. */
export const canConfigureNonattendance = isDeputyOrDirector;

/** Journal integrity is checked by the school's leadership, as for marks. */
export const canVerifyAttendance = canReadSchoolAttendance;

/**
 * A notice is seen by the parent who sent it and the student's other verified parents, the
 * student, the class teacher, and the administration.
 */
export function canReadNotice(
  viewer: Viewer,
  notice: { schoolId: string; studentId: string; submittedBy: string },
  childIds: ReadonlySet<string>,
  studentClassIds: readonly string[],
): boolean {
  if (!isPerson(viewer)) return false;
  if (viewer.personId === notice.submittedBy || viewer.personId === notice.studentId) return true;
  if (childIds.has(notice.studentId)) return true;
  return (
    isClassTeacherOf(viewer, notice.schoolId, studentClassIds) ||
    canReadSchoolAttendance(viewer, notice.schoolId)
  );
}

/** A4: the class teacher of this class. */
export const isClassTeacherOfClass = (viewer: Viewer, cls: { id: string; schoolId: string }) =>
  isClassTeacherOf(viewer, cls.schoolId, [cls.id]);
