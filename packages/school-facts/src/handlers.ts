import type { EntityManager } from '@mikro-orm/postgresql';
import { CurriculumEvents, IdentityEvents } from '@dnevnik/contracts';
import { on } from '@dnevnik/events';
import {
  RmAssignment,
  RmClass,
  RmEnrolment,
  RmGroup,
  RmGuardianship,
  RmLesson,
  RmPeriod,
  RmSchool,
  RmSubstitution,
} from './entities.js';

/** Insert or overwrite a read-model row: events carry the whole current state of the fact. */
async function upsert<T extends object>(
  em: EntityManager,
  cls: new () => T,
  where: Partial<T>,
  values: T,
) {
  const row = (await em.findOne(cls, where as never)) ?? new cls();
  Object.assign(row, values);
  em.persist(row);
  await em.flush();
}

export const curriculumHandlers = [
  on(CurriculumEvents.schoolRegistered, (em, e) =>
    upsert(
      em,
      RmSchool,
      { id: e.data.schoolId },
      { id: e.data.schoolId, timeZone: e.data.timeZone, workingWeekdays: e.data.workingWeekdays },
    ),
  ),
  on(CurriculumEvents.classCreated, (em, e) =>
    upsert(
      em,
      RmClass,
      { id: e.data.classId },
      { id: e.data.classId, schoolId: e.data.schoolId, grade: e.data.grade, name: e.data.name },
    ),
  ),
  on(CurriculumEvents.groupChanged, (em, e) =>
    upsert(
      em,
      RmGroup,
      { id: e.data.groupId },
      {
        id: e.data.groupId,
        schoolId: e.data.schoolId,
        classId: e.data.classId,
        memberIds: e.data.memberIds,
      },
    ),
  ),
  on(CurriculumEvents.enrolmentChanged, (em, e) =>
    upsert(
      em,
      RmEnrolment,
      { id: e.data.enrolmentId },
      {
        id: e.data.enrolmentId,
        studentId: e.data.studentId,
        classId: e.data.classId,
        startsOn: e.data.startsOn,
        endsOn: e.data.endsOn,
      },
    ),
  ),
  on(CurriculumEvents.assignmentChanged, (em, e) =>
    upsert(
      em,
      RmAssignment,
      { id: e.data.assignmentId },
      {
        id: e.data.assignmentId,
        schoolId: e.data.schoolId,
        yearId: e.data.yearId,
        teacherId: e.data.teacherId,
        subjectId: e.data.subjectId,
        classId: e.data.classId,
        groupId: e.data.groupId,
      },
    ),
  ),
  ...[
    CurriculumEvents.lessonScheduled,
    CurriculumEvents.lessonChanged,
    CurriculumEvents.lessonCancelled,
    CurriculumEvents.lessonConducted,
  ].map((contract) =>
    on(contract, (em, e) =>
      upsert(
        em,
        RmLesson,
        { id: e.data.lessonId },
        {
          id: e.data.lessonId,
          assignmentId: e.data.assignmentId,
          schoolId: e.data.schoolId,
          classId: e.data.classId,
          groupId: e.data.groupId,
          subjectId: e.data.subjectId,
          teacherId: e.data.teacherId,
          date: e.data.date,
          status: e.data.status,
          workType: e.data.workType,
        },
      ),
    ),
  ),
  on(CurriculumEvents.substitutionGranted, (em, e) =>
    upsert(
      em,
      RmSubstitution,
      { id: e.data.substitutionId },
      { id: e.data.substitutionId, lessonId: e.data.lessonId, substituteId: e.data.substituteId },
    ),
  ),
  on(CurriculumEvents.periodChanged, (em, e) =>
    upsert(
      em,
      RmPeriod,
      { id: e.data.periodId },
      {
        id: e.data.periodId,
        yearId: e.data.yearId,
        schoolId: e.data.schoolId,
        kind: e.data.kind,
        name: e.data.name,
        startsOn: e.data.startsOn,
        endsOn: e.data.endsOn,
      },
    ),
  ),
];

export const identityHandlers = [
  IdentityEvents.guardianshipLinked,
  IdentityEvents.guardianshipVerified,
  IdentityEvents.guardianshipRemoved,
].map((contract) =>
  on(contract, (em, e) =>
    upsert(
      em,
      RmGuardianship,
      { linkId: e.data.linkId },
      {
        linkId: e.data.linkId,
        parentId: e.data.parentId,
        childId: e.data.childId,
        verified: e.data.verified,
        active: contract !== IdentityEvents.guardianshipRemoved,
      },
    ),
  ),
);
