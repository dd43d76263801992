import {
  hasRole,
  isPerson,
  isService,
  requirePerson,
  type PersonViewer,
  type Role,
  type Viewer,
} from '@dnevnik/auth';
import { forbidden } from '@dnevnik/errors';
import { isSchoolStaff } from '@dnevnik/school-facts';
import type { CurriculumContext } from '../../context.js';

/** A class or group the viewer may read, over the dates they (or their child) belonged to it. */
export interface AudienceEntry {
  kind: 'class' | 'group';
  id: string;
  from: string;
  /** Exclusive; null while current. */
  to: string | null;
  /** Whose membership this is: the viewer's own, or a child's. */
  studentId: string;
}

export interface LessonRef {
  schoolId: string;
  classId: string | null;
  groupId: string | null;
  date: string;
}

const LEADERSHIP: readonly Role[] = ['director', 'deputy_director'];

/** Schools are registered by the region's education authority, within its own region. */
export const canRegisterSchool = (viewer: Viewer, regionId: string) =>
  isPerson(viewer) &&
  viewer.roles.some((g) => g.role === 'regional_official' && g.regionId === regionId);

/** A3: the administrator keeps structure, curriculum, teacher load and timetable. */
export const canManageStructure = (viewer: Viewer, schoolId: string) =>
  hasRole(viewer, ['school_admin'], schoolId);

/** Staff read the whole school's structure and timetable; nobody else reads it in bulk. */
export { isSchoolStaff };

/**
 * ADR 0012: the archive reads one school's journal as a service holding `archivist` for that
 * school. Only the reads that name this check let it in; it never writes.
 */
export const isArchivistOf = (viewer: Viewer, schoolId: string) =>
  isService(viewer) && hasRole(viewer, ['archivist'], schoolId);

/** The school's structure, teacher load and class lists: its staff, and its archivist (read only). */
export const canReadSchoolRecords = (viewer: Viewer, schoolId: string) =>
  (isPerson(viewer) && isSchoolStaff(viewer, schoolId)) || isArchivistOf(viewer, schoolId);

/** A6: substitutions are granted by the deputy director (or the director). */
export const canGrantSubstitution = (viewer: Viewer, schoolId: string) =>
  hasRole(viewer, LEADERSHIP, schoolId);

/** S2, A4: the class teacher splits their class into subgroups; the administrator may too. */
export function canManageSubgroups(
  viewer: Viewer,
  schoolId: string,
  classId: string | null,
): boolean {
  if (canManageStructure(viewer, schoolId)) return true;
  return (
    classId !== null &&
    isPerson(viewer) &&
    viewer.roles.some(
      (g) => g.role === 'class_teacher' && g.schoolId === schoolId && g.classId === classId,
    )
  );
}

/**
 * Deny by default. Staff of the school read every lesson; students and parents read lessons of
 * the classes and groups they (or their verified child) belonged to on that date (A7, A8).
 */
export function canReadLesson(
  viewer: Viewer,
  lesson: LessonRef,
  audience: readonly AudienceEntry[],
): boolean {
  // The archive prints every lesson of its school, as the staff see them (ADR 0012).
  if (isArchivistOf(viewer, lesson.schoolId)) return true;
  if (!isPerson(viewer)) return false;
  if (isSchoolStaff(viewer, lesson.schoolId)) return true;
  return audience.some(
    (a) =>
      ((a.kind === 'class' && a.id === lesson.classId) ||
        (a.kind === 'group' && a.id === lesson.groupId)) &&
      a.from <= lesson.date &&
      (a.to === null || lesson.date < a.to),
  );
}

/** Individual homework is for its student, their parents and staff only. */
export function canReadHomework(
  viewer: Viewer,
  homework: { studentId: string | null },
  lesson: LessonRef,
  audience: readonly AudienceEntry[],
): boolean {
  if (!canReadLesson(viewer, lesson, audience)) return false;
  if (homework.studentId === null || canReadSchoolRecords(viewer, lesson.schoolId)) return true;
  return audience.some((a) => a.studentId === homework.studentId);
}

/** A5, A6: the assignment's teacher, or a substitute granted for this lesson. */
export function canRecordLesson(
  viewer: Viewer,
  lesson: { teacherId: string },
  substituteIds: readonly string[],
): boolean {
  return (
    isPerson(viewer) &&
    (viewer.personId === lesson.teacherId || substituteIds.includes(viewer.personId))
  );
}

/** S6: a teacher writes the plan of their own assignment; the administrator may correct it. */
export function canWritePlan(
  viewer: Viewer,
  assignment: { teacherId: string; schoolId: string },
): boolean {
  return (
    isPerson(viewer) &&
    (viewer.personId === assignment.teacherId || canManageStructure(viewer, assignment.schoolId))
  );
}

// ---- The guards a resolver calls: the decisions above, refused with a readable error ----------

/** The signed-in person behind the request; anyone else is refused. */
export const viewerOf = (ctx: CurriculumContext): PersonViewer => requirePerson(ctx.viewer);

/** Reading a school's structure is for its staff; students and parents get their lessons instead. */
export async function requireStaffOf(ctx: CurriculumContext, schoolId: string) {
  if (!isSchoolStaff(viewerOf(ctx), schoolId)) throw forbidden('Эти данные видят работники школы.');
}

/**
 * The reads the archive makes of a school (ADR 0012): its staff, or its archivist. A service
 * without the school's grant is refused as unauthenticated, as `viewerOf` refuses it elsewhere.
 */
export async function requireRecordsReaderOf(ctx: CurriculumContext, schoolId: string) {
  if (isArchivistOf(ctx.viewer, schoolId)) return;
  if (!isSchoolStaff(viewerOf(ctx), schoolId)) throw forbidden('Эти данные видят работники школы.');
}

/** The viewer if it is a person or the school's archivist; anyone else is refused. */
export function readerOf(ctx: CurriculumContext, schoolId: string): Viewer {
  return isArchivistOf(ctx.viewer, schoolId) ? ctx.viewer : viewerOf(ctx);
}

/** A3: the school's administrator keeps its structure, curriculum, teacher load and timetable. */
export function requireAdmin(ctx: CurriculumContext, schoolId: string): PersonViewer {
  const viewer = viewerOf(ctx);
  if (!canManageStructure(viewer, schoolId)) throw forbidden('Это делает администратор школы.');
  return viewer;
}
