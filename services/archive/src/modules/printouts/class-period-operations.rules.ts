import type { AttendanceMark, ClassPeriodSnapshot, PersonName } from './class-period.rules.js';

/**
 * The archive's named operations for a class's period printout (ADR 0012), and the pure step
 * from their answers to the snapshot that is kept. The texts are the whole contract with the
 * graph: what is not asked for here is not in the archive.
 */
export const ARCHIVE_SCHOOL_FRAME = `query ArchiveSchoolFrame($schoolId: ID!) {
  school(id: $schoolId) { id name years { id name periods { id kind name startsOn endsOn } classes { id name } } }
}`;

export const ARCHIVE_CLASS_ASSIGNMENTS = `query ArchiveClassAssignments($yearId: ID!) {
  teachingAssignments(yearId: $yearId) {
    id schoolClass { id } group { id name } subject { id name } teacher { id lastName firstName middleName }
  }
}`;

export const ARCHIVE_JOURNAL = `query ArchiveJournal($assignmentId: ID!, $periodId: ID!) {
  journal(assignmentId: $assignmentId, periodId: $periodId) {
    lessons { id date lessonNumber topic homework { text } attendance { student { id } status current } }
    rows { student { id lastName firstName middleName } marks { lesson { id } lessonDate value workType current } average final { value } }
  }
}`;

export interface SchoolFrameAnswer {
  school: {
    id: string;
    name: string;
    years: {
      id: string;
      name: string;
      periods: { id: string; kind: string; name: string; startsOn: string; endsOn: string }[];
      classes: { id: string; name: string }[];
    }[];
  } | null;
}

export interface AssignmentsAnswer {
  teachingAssignments:
    | {
        id: string;
        schoolClass: { id: string } | null;
        group: { id: string; name: string } | null;
        subject: { id: string; name: string };
        teacher: PersonName;
      }[]
    | null;
}

export interface JournalAnswer {
  journal: {
    lessons: {
      id: string;
      date: string;
      lessonNumber: number;
      topic: string | null;
      homework: { text: string }[];
      attendance: { student: { id: string }; status: AttendanceMark; current: boolean }[] | null;
    }[];
    rows: {
      student: PersonName;
      marks: {
        lesson: { id: string } | null;
        lessonDate: string;
        value: string;
        workType: string;
        current: boolean;
      }[];
      average: number | null;
      final: { value: string | null } | null;
    }[];
  } | null;
}

export type FrameProblem = 'no-school' | 'no-period' | 'no-class' | 'not-started';

/** Finds the year, the period and the class of a printout in the school's frame. */
export function locateClassPeriod(
  frame: SchoolFrameAnswer,
  classId: string,
  periodId: string,
  today: string,
):
  | {
      ok: true;
      year: { id: string; name: string };
      period: ClassPeriodSnapshot['period'];
      schoolClass: { id: string; name: string };
    }
  | { ok: false; problem: FrameProblem } {
  if (!frame.school) return { ok: false, problem: 'no-school' };
  const year = frame.school.years.find((y) => y.periods.some((p) => p.id === periodId));
  const period = year?.periods.find((p) => p.id === periodId);
  if (!year || !period) return { ok: false, problem: 'no-period' };
  const schoolClass = year.classes.find((c) => c.id === classId);
  if (!schoolClass) return { ok: false, problem: 'no-class' };
  if (period.startsOn > today) return { ok: false, problem: 'not-started' };
  return {
    ok: true,
    year: { id: year.id, name: year.name },
    period: { id: period.id, name: period.name, startsOn: period.startsOn, endsOn: period.endsOn },
    schoolClass,
  };
}

/** The class's own assignments (the class's and its groups'), in a stable order. */
export function classAssignments(answer: AssignmentsAnswer, classId: string) {
  return (answer.teachingAssignments ?? [])
    .filter((a) => a.schoolClass?.id === classId)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** One subject of the snapshot from its assignment and its journal page. */
export function snapshotSubject(
  assignment: ReturnType<typeof classAssignments>[number],
  page: JournalAnswer,
): ClassPeriodSnapshot['subjects'][number] {
  const journal = page.journal ?? { lessons: [], rows: [] };
  return {
    assignmentId: assignment.id,
    subject: assignment.subject.name,
    group: assignment.group?.name ?? null,
    teacher: assignment.teacher,
    lessons: journal.lessons.map((l) => ({
      id: l.id,
      date: l.date,
      lessonNumber: l.lessonNumber,
      topic: l.topic,
      homework: l.homework.map((h) => ({ text: h.text })),
      attendance: (l.attendance ?? []).map((a) => ({
        student: { id: a.student.id },
        status: a.status,
        current: a.current,
      })),
    })),
    rows: journal.rows.map((r) => ({
      student: r.student,
      marks: r.marks.map((m) => ({
        lessonId: m.lesson?.id ?? null,
        lessonDate: m.lessonDate,
        value: m.value,
        workType: m.workType,
        current: m.current,
      })),
      average: r.average,
      final: r.final?.value ?? null,
    })),
  };
}
