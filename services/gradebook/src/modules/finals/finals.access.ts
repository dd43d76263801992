import type { Viewer } from '@dnevnik/auth';
import { isClassTeacherOf, isDeputyOrDirector } from '@dnevnik/school-facts';

/** A4: finals of a class are set by its class teacher. */
export const canSetFinal = (viewer: Viewer, schoolId: string, classId: string) =>
  isClassTeacherOf(viewer, schoolId, [classId]);

/** An exam mark may also be entered by the deputy director (or the director). */
export const canSetExamMark = isDeputyOrDirector;
