import { CurriculumEvents } from '@dnevnik/contracts';
import { on } from '@dnevnik/events';
import { RmSchool, studentsBetween } from '@dnevnik/school-facts';
import { localDate } from '@dnevnik/school-time';
import { DEFAULT_TIME_ZONE, notifyStudentEvent, type NotifyDeps } from './notify-student.js';

/**
 * A new homework and each change of one are one notice each; a removal tells nobody (the
 * homework leaves the diary, and the earlier notice stays as what was said then).
 */
export function homeworkHandlers(deps: NotifyDeps) {
  return [CurriculumEvents.homeworkAssigned, CurriculumEvents.homeworkChanged].map((contract) =>
    on(contract, async (em, e) => {
      // Topics are read independently: the school's facts may not have arrived yet, and a
      // homework notice must not wait (and retry) for them.
      const school = await em.findOne(RmSchool, { id: e.data.schoolId });
      const today = localDate(deps.now(), school?.timeZone ?? DEFAULT_TIME_ZONE);
      const students = e.data.studentId
        ? [e.data.studentId]
        : await studentsBetween(em, e.data, today, today);
      for (const studentId of students) {
        await notifyStudentEvent(em, deps, {
          event: e,
          schoolId: e.data.schoolId,
          studentId,
          lessonId: e.data.lessonId,
          subjectId: e.data.subjectId,
          facts: {
            kind: 'homework',
            dueOn: e.data.dueOn,
            changed: contract === CurriculumEvents.homeworkChanged,
          },
        });
      }
    }),
  );
}
