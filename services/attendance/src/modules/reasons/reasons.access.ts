import { isPerson, type Viewer } from '@dnevnik/auth';
import { isClassTeacherOf } from '@dnevnik/school-facts';
import { canReadSchoolAttendance } from '../reports/index.js';

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
