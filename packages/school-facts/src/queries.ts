import type { EntityManager } from '@mikro-orm/postgresql';
import { isPerson, type Viewer } from '@dnevnik/auth';
import { AppError } from '@dnevnik/errors';
import type { RmLesson } from './entities.js';
import {
  RmAssignment,
  RmClass,
  RmEnrolment,
  RmGroup,
  RmGuardianship,
  RmSchool,
  RmSubstitution,
} from './entities.js';

/** A school whose facts have arrived; until then refuse rather than guess its time zone. */
export async function requireSchool(em: EntityManager, schoolId: string): Promise<RmSchool> {
  const school = await em.findOne(RmSchool, { id: schoolId });
  if (!school)
    throw new AppError(
      'CONFLICT',
      'Данные школы ещё не поступили из расписания. Повторите через минуту.',
    );
  return school;
}

/** A teaching assignment (class or group × subject × year) whose facts have arrived. */
export async function requireAssignment(
  em: EntityManager,
  assignmentId: string,
): Promise<RmAssignment> {
  const assignment = await em.findOne(RmAssignment, { id: assignmentId });
  if (!assignment)
    throw new AppError(
      'CONFLICT',
      'Нагрузка учителя ещё не поступила из расписания. Повторите через минуту.',
    );
  return assignment;
}

/** The class an assignment or lesson belongs to: its own, or its group's class. */
export async function classIdOf(
  em: EntityManager,
  owner: { classId: string | null; groupId: string | null },
): Promise<string | null> {
  if (owner.classId) return owner.classId;
  if (!owner.groupId) return null;
  return (await em.findOne(RmGroup, { id: owner.groupId }))?.classId ?? null;
}

export async function classOf(
  em: EntityManager,
  owner: { classId: string | null; groupId: string | null },
): Promise<RmClass | null> {
  const classId = await classIdOf(em, owner);
  return classId ? em.findOne(RmClass, { id: classId }) : null;
}

/** Teachers granted a substitution for the lesson. */
export async function substitutesOf(em: EntityManager, lessonId: string): Promise<string[]> {
  return (await em.find(RmSubstitution, { lessonId })).map((s) => s.substituteId);
}

/** Whether the student belongs to the class or group on the date (enrolment history). */
export async function studentBelongs(
  em: EntityManager,
  owner: { classId: string | null; groupId: string | null },
  studentId: string,
  date: string,
): Promise<boolean> {
  if (owner.groupId) {
    const group = await em.findOne(RmGroup, { id: owner.groupId });
    return !!group?.memberIds.includes(studentId);
  }
  if (!owner.classId) return false;
  const enrolment = await em.findOne(RmEnrolment, {
    studentId,
    classId: owner.classId,
    startsOn: { $lte: date },
    $or: [{ endsOn: null }, { endsOn: { $gt: date } }],
  });
  return !!enrolment;
}

export const studentInLesson = (em: EntityManager, lesson: RmLesson, studentId: string) =>
  studentBelongs(em, lesson, studentId, lesson.date);

/** Students of a class or group at any time between two dates. */
export async function studentsBetween(
  em: EntityManager,
  owner: { classId: string | null; groupId: string | null },
  from: string,
  to: string,
): Promise<string[]> {
  if (owner.groupId) return (await em.findOne(RmGroup, { id: owner.groupId }))?.memberIds ?? [];
  if (!owner.classId) return [];
  const enrolments = await em.find(
    RmEnrolment,
    {
      classId: owner.classId,
      startsOn: { $lte: to },
      $or: [{ endsOn: null }, { endsOn: { $gt: from } }],
    },
    { orderBy: { startsOn: 'asc' } },
  );
  return [...new Set(enrolments.map((e) => e.studentId))];
}

/** Classes the student has ever been enrolled in. */
export async function classIdsOfStudent(em: EntityManager, studentId: string): Promise<string[]> {
  return (await em.find(RmEnrolment, { studentId })).map((e) => e.classId);
}

/** The school a student is (or was) enrolled in, if known. */
export async function schoolOfStudent(
  em: EntityManager,
  studentId: string,
): Promise<string | null> {
  const enrolment = await em.findOne(RmEnrolment, { studentId }, { orderBy: { startsOn: 'desc' } });
  if (!enrolment) return null;
  return (await em.findOne(RmClass, { id: enrolment.classId }))?.schoolId ?? null;
}

/** Verified, current children of the viewer (A8), from identity's events. */
export async function verifiedChildIds(em: EntityManager, viewer: Viewer): Promise<Set<string>> {
  if (!isPerson(viewer)) return new Set();
  const rows = await em.find(RmGuardianship, {
    parentId: viewer.personId,
    verified: true,
    active: true,
  });
  return new Set(rows.map((r) => r.childId));
}
