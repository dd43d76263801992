/**
 * X1: what a class's period printout shows, as plain data built from the archived snapshot. The
 * snapshot holds the graph's answers as they were; these functions only arrange them into the
 * journal's sheets (a grid per subject, its topics and homework, the signature lines), so the
 * same snapshot always gives the same printout.
 */
export interface PersonName {
  id: string;
  lastName: string | null;
  firstName: string | null;
  middleName: string | null;
}

export type AttendanceMark = 'ABSENT' | 'LATE' | 'PRESENT';

export interface SnapshotLesson {
  id: string;
  date: string;
  lessonNumber: number;
  topic: string | null;
  homework: { text: string }[];
  attendance: { student: { id: string }; status: AttendanceMark; current: boolean }[];
}

export interface SnapshotMark {
  lessonId: string | null;
  lessonDate: string;
  value: string;
  workType: string;
  current: boolean;
}

export interface SnapshotSubject {
  assignmentId: string;
  subject: string;
  group: string | null;
  teacher: PersonName;
  lessons: SnapshotLesson[];
  rows: {
    student: PersonName;
    marks: SnapshotMark[];
    average: number | null;
    final: string | null;
  }[];
}

export interface ClassPeriodSnapshot {
  school: { id: string; name: string };
  schoolClass: { id: string; name: string };
  period: { id: string; name: string; startsOn: string; endsOn: string };
  year: { id: string; name: string };
  classTeacher: PersonName | null;
  /** When the content was read: the printout's date, also written into the PDF. */
  takenAt: string;
  subjects: SnapshotSubject[];
}

/** "Иванов Пётр Сергеевич"; parts that are unknown are left out. */
export const fullName = (p: PersonName) =>
  [p.lastName, p.firstName, p.middleName].filter(Boolean).join(' ') || '—';

/** "Иванов П. С.", as under a signature. */
export function shortName(p: PersonName): string {
  const initials = [p.firstName, p.middleName]
    .filter((s): s is string => Boolean(s))
    .map((s) => `${s[0]}.`)
    .join(' ');
  return [p.lastName ?? '—', initials].filter(Boolean).join(' ');
}

/** "2026-11-05" → "05.11". */
export const dayMonth = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}`;
/** "2026-11-05" → "05.11.2026". */
export const fullDate = (iso: string) =>
  `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

const collator = new Intl.Collator('ru');
const byName = (a: PersonName, b: PersonName) =>
  collator.compare(fullName(a), fullName(b)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export interface SubjectGrid {
  caption: string;
  rowHeader: string;
  rows: string[];
  columns: string[];
  cells: (string | null)[][];
}

/**
 * The journal grid of one subject: students in alphabetical order down the side; across, the
 * lessons by date and number, then a column per date of works without a lesson, then the average
 * and the period final. A cell holds the current marks of that lesson and «н» for an absence,
 * «оп» for lateness; corrected marks and attendance do not show, as in the journal.
 */
export function subjectGrid(s: ClassPeriodSnapshot, subject: SnapshotSubject): SubjectGrid {
  const lessons = [...subject.lessons].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.lessonNumber - b.lessonNumber,
  );
  const lessonIds = new Set(lessons.map((l) => l.id));
  const workDates = [
    ...new Set(
      subject.rows.flatMap((r) =>
        r.marks
          .filter((m) => m.current && !(m.lessonId && lessonIds.has(m.lessonId)))
          .map((m) => m.lessonDate),
      ),
    ),
  ].sort();
  const rows = [...subject.rows].sort((a, b) => byName(a.student, b.student));
  const columns = [
    // Two lessons on one day are two columns with the same date, as in a paper journal.
    ...lessons.map((l) => dayMonth(l.date)),
    ...workDates.map((d) => `${dayMonth(d)} р`),
    'ср.',
    'итог',
  ];
  const cells = rows.map((row) => {
    const current = row.marks.filter((m) => m.current);
    const lessonCells = lessons.map((lesson) => {
      const parts = current.filter((m) => m.lessonId === lesson.id).map((m) => m.value);
      const presence = lesson.attendance.find((a) => a.current && a.student.id === row.student.id);
      if (presence?.status === 'ABSENT') parts.push('н');
      if (presence?.status === 'LATE') parts.push('оп');
      return parts.length > 0 ? parts.join(' ') : null;
    });
    const workCells = workDates.map((d) => {
      const parts = current
        .filter((m) => !(m.lessonId && lessonIds.has(m.lessonId)) && m.lessonDate === d)
        .map((m) => m.value);
      return parts.length > 0 ? parts.join(' ') : null;
    });
    const average = row.average === null ? null : row.average.toFixed(2).replace('.', ',');
    return [...lessonCells, ...workCells, average, row.final];
  });
  const group = subject.group ? ` (${subject.group})` : '';
  return {
    caption: `${s.schoolClass.name} · ${subject.subject}${group} · ${s.period.name} ${s.year.name}`,
    rowHeader: 'Ученик',
    rows: rows.map((r) => fullName(r.student)),
    columns,
    cells,
  };
}

/** The lessons of a subject with their topics and homework, by date: the journal's right page. */
export function topicLines(
  subject: SnapshotSubject,
): { date: string; topic: string; homework: string }[] {
  return [...subject.lessons]
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.lessonNumber - b.lessonNumber))
    .map((l) => ({
      date: fullDate(l.date),
      topic: l.topic ?? '— тема не записана —',
      homework: l.homework.map((h) => h.text).join('; '),
    }));
}

/** The signature lines at the end of a class's sheets: each subject teacher once, then the class teacher. */
export function signatureLines(s: ClassPeriodSnapshot): { role: string; name: string }[] {
  const teachers = new Map<string, { subjects: string[]; teacher: PersonName }>();
  for (const subject of s.subjects) {
    const entry = teachers.get(subject.teacher.id) ?? { subjects: [], teacher: subject.teacher };
    if (!entry.subjects.includes(subject.subject)) entry.subjects.push(subject.subject);
    teachers.set(subject.teacher.id, entry);
  }
  const lines = [...teachers.values()]
    .sort((a, b) => byName(a.teacher, b.teacher))
    .map((t) => ({ role: `Учитель (${t.subjects.join(', ')})`, name: shortName(t.teacher) }));
  lines.push({
    role: 'Классный руководитель',
    name: s.classTeacher ? shortName(s.classTeacher) : '',
  });
  return lines;
}

/** Subjects in the order of the journal: by name, then group. */
export function subjectsInOrder(s: ClassPeriodSnapshot): SnapshotSubject[] {
  return [...s.subjects].sort(
    (a, b) =>
      collator.compare(a.subject, b.subject) || collator.compare(a.group ?? '', b.group ?? ''),
  );
}
