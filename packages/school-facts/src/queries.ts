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

/**
 * The class journal an assignment's records belong to (class or group × subject × year): the
 * key of its hash chain, the same in every service that keeps records of lessons.
 */
export const journalKey = (assignment: {
  classId: string | null;
  groupId: string | null;
  subjectId: string;
  yearId: string;
}) => `${assignment.classId ?? assignment.groupId}:${assignment.subjectId}:${assignment.yearId}`;

/** Classes each student has ever been enrolled in, for many students in one query. */
export async function classIdsOfStudents(
  em: EntityManager,
  studentIds: readonly string[],
): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>(studentIds.map((id) => [id, []]));
  if (studentIds.length === 0) return out;
  for (const e of await em.find(RmEnrolment, { studentId: { $in: [...studentIds] } }))
    out.get(e.studentId)?.push(e.classId);
  return out;
}

/** The school each student is (or was last) enrolled in, for many students in two queries. */
export async function schoolsOfStudents(
  em: EntityManager,
  studentIds: readonly string[],
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (studentIds.length === 0) return out;
  const enrolments = await em.find(
    RmEnrolment,
    { studentId: { $in: [...studentIds] } },
    { orderBy: { startsOn: 'asc' } },
  );
  const classes = await em.find(RmClass, {
    id: { $in: [...new Set(enrolments.map((e) => e.classId))] },
  });
  const schoolOf = new Map(classes.map((c) => [c.id, c.schoolId]));
  // Ascending, so the latest enrolment's school is the one left in the map.
  for (const e of enrolments) {
    const school = schoolOf.get(e.classId);
    if (school) out.set(e.studentId, school);
  }
  return out;
}

/**
 * The classes each student was enrolled in on a date, for many (student, date) pairs in one
 * query: the class teacher who may act on a record is the one of the student's class on the
 * record's date, not of a class the student left or joined later.
 */
export async function classIdsOfStudentsOn(
  em: EntityManager,
  pairs: readonly { studentId: string; date: string }[],
): Promise<string[][]> {
  if (pairs.length === 0) return [];
  const enrolments = await em.find(RmEnrolment, {
    studentId: { $in: [...new Set(pairs.map((p) => p.studentId))] },
  });
  return pairs.map(({ studentId, date }) =>
    enrolments
      .filter(
        (e) =>
          e.studentId === studentId && e.startsOn <= date && (e.endsOn === null || e.endsOn > date),
      )
      .map((e) => e.classId),
  );
}
