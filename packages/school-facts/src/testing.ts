/**
 * A small school as other services describe it: the curriculum and identity events that a
 * consuming service's read model is built from, published on the bus of a middle-tier test.
 * Ids are fresh per school, so tests never share state.
 */
import { randomUUID } from 'node:crypto';
import { CurriculumEvents, IdentityEvents } from '@dnevnik/contracts';
import type { EventContract } from '@dnevnik/events';

type Publish = <T>(
  contract: EventContract<T>,
  event: { aggregateId: string; schoolId: string | null; data: T },
) => Promise<void>;

export interface FactSchool {
  schoolId: string;
  regionId: string;
  yearId: string;
  timeZone: string;
}

export function schoolFactsFactory(publish: Publish) {
  return {
    async school(timeZone = 'Europe/Moscow'): Promise<FactSchool> {
      const s = { schoolId: randomUUID(), regionId: randomUUID(), yearId: randomUUID(), timeZone };
      await publish(CurriculumEvents.schoolRegistered, {
        aggregateId: s.schoolId,
        schoolId: s.schoolId,
        data: {
          schoolId: s.schoolId,
          regionId: s.regionId,
          name: 'Школа № 1',
          timeZone,
          workingWeekdays: [1, 2, 3, 4, 5],
        },
      });
      return s;
    },

    async class(school: FactSchool, grade = 7, letter = 'А') {
      const classId = randomUUID();
      await publish(CurriculumEvents.classCreated, {
        aggregateId: classId,
        schoolId: school.schoolId,
        data: {
          classId,
          schoolId: school.schoolId,
          yearId: school.yearId,
          grade,
          letter,
          name: `${grade}${letter}`,
        },
      });
      return classId;
    },

    async enrol(school: FactSchool, classId: string, startsOn: string, studentId = randomUUID()) {
      await publish(CurriculumEvents.enrolmentChanged, {
        aggregateId: studentId,
        schoolId: school.schoolId,
        data: {
          enrolmentId: randomUUID(),
          studentId,
          classId,
          schoolId: school.schoolId,
          startsOn,
          endsOn: null,
          change: 'arrival',
          order: 'Приказ № 1',
        },
      });
      return studentId;
    },

    async assignment(
      school: FactSchool,
      classId: string,
      startsOn: string,
      teacherId = randomUUID(),
      subjectId = randomUUID(),
    ) {
      const assignmentId = randomUUID();
      await publish(CurriculumEvents.assignmentChanged, {
        aggregateId: assignmentId,
        schoolId: school.schoolId,
        data: {
          assignmentId,
          schoolId: school.schoolId,
          yearId: school.yearId,
          teacherId,
          subjectId,
          classId,
          groupId: null,
          startsOn,
          endsOn: null,
        },
      });
      return { assignmentId, teacherId, subjectId, classId };
    },

    async lesson(
      school: FactSchool,
      a: { assignmentId: string; teacherId: string; subjectId: string; classId: string },
      date: string,
      lessonNumber = 1,
    ) {
      const lessonId = randomUUID();
      await publish(CurriculumEvents.lessonScheduled, {
        aggregateId: lessonId,
        schoolId: school.schoolId,
        data: {
          lessonId,
          assignmentId: a.assignmentId,
          schoolId: school.schoolId,
          classId: a.classId,
          groupId: null,
          subjectId: a.subjectId,
          teacherId: a.teacherId,
          date,
          lessonNumber,
          status: 'scheduled',
          topicTitle: null,
          workType: null,
          conductedBy: null,
        },
      });
      return lessonId;
    },

    async parentOf(childId: string, parentId = randomUUID()) {
      const linkId = randomUUID();
      const data = { linkId, parentId, childId, verified: true };
      await publish(IdentityEvents.guardianshipVerified, {
        aggregateId: linkId,
        schoolId: null,
        data,
      });
      return parentId;
    },
  };
}
