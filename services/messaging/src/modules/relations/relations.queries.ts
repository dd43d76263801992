import type { EntityManager } from '@mikro-orm/postgresql';
import { SCHOOL_LEADERSHIP, SCHOOL_STAFF, type Role } from '@dnevnik/auth';
import { RmAssignment, RmClass, RmEnrolment, RmGroup, RmGuardianship } from '@dnevnik/school-facts';
import { RmRole } from './role.entities.js';

/**
 * A person's real relationships in the schools, from curriculum's and identity's events: what the
 * who-may-write-to-whom rules (C1) and the audiences of announcements (C3) are decided on.
 */
export interface Relations {
  personId: string;
  /** Schools where the person is staff, or administration. */
  staffSchools: Set<string>;
  leadershipSchools: Set<string>;
  /** Classes the person is the class teacher of. */
  classTeacherOf: Set<string>;
  /** Classes the person teaches a subject in (directly or through a group). */
  teachesClasses: Set<string>;
  /** Classes the person is enrolled in today. */
  studentOfClasses: Set<string>;
  /** Classes the person's verified children are enrolled in today. */
  parentOfClasses: Set<string>;
  childIds: Set<string>;
  /** Every school the person belongs to in any of those ways. */
  schools: Set<string>;
}

const LEADERSHIP: readonly string[] = [...SCHOOL_LEADERSHIP, 'school_admin'];
const STAFF: readonly string[] = SCHOOL_STAFF;

async function currentClasses(em: EntityManager, studentIds: string[], today: string) {
  if (studentIds.length === 0) return [];
  return em.find(RmEnrolment, {
    studentId: { $in: studentIds },
    startsOn: { $lte: today },
    $or: [{ endsOn: null }, { endsOn: { $gt: today } }],
  });
}

/** Relations of many people at once: a handful of queries whatever their number. */
export async function relationsOf(
  em: EntityManager,
  personIds: readonly string[],
  today: string,
): Promise<Map<string, Relations>> {
  const ids = [...new Set(personIds)];
  const out = new Map<string, Relations>(
    ids.map((personId) => [
      personId,
      {
        personId,
        staffSchools: new Set(),
        leadershipSchools: new Set(),
        classTeacherOf: new Set(),
        teachesClasses: new Set(),
        studentOfClasses: new Set(),
        parentOfClasses: new Set(),
        childIds: new Set(),
        schools: new Set(),
      },
    ]),
  );
  if (ids.length === 0) return out;
  const [roles, assignments, links] = await Promise.all([
    em.find(RmRole, { personId: { $in: ids }, active: true }),
    em.find(RmAssignment, { teacherId: { $in: ids } }),
    em.find(RmGuardianship, { parentId: { $in: ids }, verified: true, active: true }),
  ]);
  for (const r of roles) {
    const rel = out.get(r.personId)!;
    if (!r.schoolId) continue;
    if (STAFF.includes(r.role as Role)) rel.staffSchools.add(r.schoolId);
    if (LEADERSHIP.includes(r.role)) rel.leadershipSchools.add(r.schoolId);
    if (r.role === 'class_teacher' && r.classId) rel.classTeacherOf.add(r.classId);
  }
  const groupIds = assignments.map((a) => a.groupId).filter((g): g is string => !!g);
  const groups = groupIds.length ? await em.find(RmGroup, { id: { $in: groupIds } }) : [];
  for (const a of assignments) {
    const rel = out.get(a.teacherId)!;
    const classId = a.classId ?? groups.find((g) => g.id === a.groupId)?.classId ?? null;
    if (classId) rel.teachesClasses.add(classId);
    rel.staffSchools.add(a.schoolId);
  }
  for (const l of links) out.get(l.parentId)!.childIds.add(l.childId);
  const childIds = links.map((l) => l.childId);
  const enrolments = await currentClasses(em, [...ids, ...childIds], today);
  for (const e of enrolments) {
    out.get(e.studentId)?.studentOfClasses.add(e.classId);
    for (const l of links.filter((x) => x.childId === e.studentId))
      out.get(l.parentId)!.parentOfClasses.add(e.classId);
  }
  const classIds = new Set(
    [...out.values()].flatMap((r) => [
      ...r.classTeacherOf,
      ...r.teachesClasses,
      ...r.studentOfClasses,
      ...r.parentOfClasses,
    ]),
  );
  const classes = classIds.size ? await em.find(RmClass, { id: { $in: [...classIds] } }) : [];
  const schoolOf = new Map(classes.map((c) => [c.id, c.schoolId]));
  for (const rel of out.values()) {
    for (const s of rel.staffSchools) rel.schools.add(s);
    for (const c of [...rel.studentOfClasses, ...rel.parentOfClasses, ...rel.classTeacherOf]) {
      const s = schoolOf.get(c);
      if (s) rel.schools.add(s);
    }
  }
  return out;
}

/** Grades of classes, for parallel announcements. */
export async function gradesOf(em: EntityManager, classIds: Iterable<string>) {
  const ids = [...classIds];
  const classes = ids.length ? await em.find(RmClass, { id: { $in: ids } }) : [];
  return new Map(classes.map((c) => [c.id, c.grade]));
}
