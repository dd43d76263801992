import { GradebookEvents } from '@dnevnik/contracts';
import { on } from '@dnevnik/events';
import { notifyStudentEvent, type NotifyDeps } from './notify-student.js';

/** Marks, their corrections and finals: news for the student and their parents. */
export function gradebookHandlers(deps: NotifyDeps) {
  return [
    ...[GradebookEvents.markPosted, GradebookEvents.markCorrected].map((contract) =>
      on(contract, (em, e) =>
        notifyStudentEvent(em, deps, {
          event: e,
          schoolId: e.data.schoolId,
          studentId: e.data.studentId,
          lessonId: e.data.lessonId,
          subjectId: e.data.subjectId,
          facts: {
            kind: contract === GradebookEvents.markPosted ? 'mark' : 'mark_corrected',
            value: e.data.value,
            workType: e.data.workType,
            date: e.data.lessonDate,
          },
        }),
      ),
    ),
    on(GradebookEvents.finalSet, (em, e) =>
      notifyStudentEvent(em, deps, {
        event: e,
        schoolId: e.data.schoolId,
        studentId: e.data.studentId,
        subjectId: e.data.subjectId,
        facts: {
          kind: 'final',
          finalKind: e.data.kind,
          value: e.data.value,
          deferred: e.data.deferred,
        },
      }),
    ),
  ];
}
