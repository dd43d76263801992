import { AttendanceEvents } from '@dnevnik/contracts';
import { on } from '@dnevnik/events';
import { notifyStudentEvent, type NotifyDeps } from './notify-student.js';

/** Absences, lateness and systematic non-attendance: news for the family (and class teacher). */
export function attendanceHandlers(deps: NotifyDeps) {
  return [
    ...[AttendanceEvents.absenceRecorded, AttendanceEvents.absenceCorrected].map((contract) =>
      on(contract, async (em, e) => {
        // A correction to «present» undoes an absence: nothing new to tell the family.
        if (e.data.status === 'present') return;
        await notifyStudentEvent(em, deps, {
          event: e,
          schoolId: e.data.schoolId,
          studentId: e.data.studentId,
          lessonId: e.data.lessonId,
          subjectId: e.data.subjectId,
          facts: {
            kind: 'absence',
            status: e.data.status,
            lateMinutes: e.data.lateMinutes,
            date: e.data.lessonDate,
          },
        });
      }),
    ),
    on(AttendanceEvents.nonattendanceDetected, (em, e) =>
      notifyStudentEvent(em, deps, {
        event: e,
        schoolId: e.data.schoolId,
        studentId: e.data.studentId,
        facts: {
          kind: 'nonattendance',
          unexcused: e.data.unexcusedAbsences,
          windowDays: e.data.windowDays,
        },
      }),
    ),
  ];
}
