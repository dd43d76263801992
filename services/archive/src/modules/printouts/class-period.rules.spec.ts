import { describe, expect, it } from 'vitest';
import {
  dayMonth,
  fullName,
  shortName,
  signatureLines,
  subjectGrid,
  subjectsInOrder,
  topicLines,
  type ClassPeriodSnapshot,
  type SnapshotSubject,
} from './class-period.rules.js';

const person = (id: string, lastName: string, firstName: string, middleName: string | null) => ({
  id,
  lastName,
  firstName,
  middleName,
});
const petya = person('s1', 'Иванов', 'Пётр', 'Сергеевич');
const anya = person('s2', 'Ёлкина', 'Анна', null);
const boris = person('s3', 'Борисов', 'Борис', 'Борисович');
const math = person('t1', 'Смирнова', 'Ольга', 'Петровна');
const lit = person('t2', 'Андреев', 'Илья', null);

const algebra: SnapshotSubject = {
  assignmentId: 'a1',
  subject: 'Алгебра',
  group: null,
  teacher: math,
  lessons: [
    {
      id: 'l2',
      date: '2026-11-06',
      lessonNumber: 3,
      topic: 'Графики',
      homework: [],
      attendance: [],
    },
    {
      id: 'l1',
      date: '2026-11-05',
      lessonNumber: 2,
      topic: 'Линейная функция',
      homework: [{ text: '№ 12' }, { text: '№ 14' }],
      attendance: [
        { student: { id: 's2' }, status: 'ABSENT', current: true },
        { student: { id: 's3' }, status: 'LATE', current: true },
        { student: { id: 's1' }, status: 'ABSENT', current: false },
      ],
    },
    { id: 'l3', date: '2026-11-06', lessonNumber: 5, topic: null, homework: [], attendance: [] },
  ],
  rows: [
    {
      student: petya,
      marks: [
        { lessonId: 'l1', lessonDate: '2026-11-05', value: '5', workType: 'oral', current: true },
        { lessonId: 'l1', lessonDate: '2026-11-05', value: '4', workType: 'test', current: true },
        { lessonId: 'l2', lessonDate: '2026-11-06', value: '2', workType: 'oral', current: false },
        { lessonId: 'l2', lessonDate: '2026-11-06', value: '3', workType: 'oral', current: true },
        {
          lessonId: null,
          lessonDate: '2026-11-10',
          value: '4/5',
          workType: 'essay',
          current: true,
        },
      ],
      average: 4.125,
      final: '4',
    },
    { student: anya, marks: [], average: null, final: null },
    { student: boris, marks: [], average: 3.5, final: null },
  ],
};
const snapshot: ClassPeriodSnapshot = {
  school: { id: 'sch', name: 'Школа № 1' },
  schoolClass: { id: 'c', name: '7А' },
  period: { id: 'p', name: '2 четверть', startsOn: '2026-11-04', endsOn: '2026-12-28' },
  year: { id: 'y', name: '2026/2027' },
  classTeacher: person('t3', 'Кузнецова', 'Мария', 'Ивановна'),
  takenAt: '2026-12-28T10:00:00.000Z',
  subjects: [
    { ...algebra, assignmentId: 'a2', subject: 'Литература', teacher: lit, rows: [], lessons: [] },
    algebra,
    {
      ...algebra,
      assignmentId: 'a3',
      subject: 'Английский язык',
      group: '2 группа',
      rows: [],
      lessons: [],
    },
    { ...algebra, assignmentId: 'a4', subject: 'Геометрия', rows: [], lessons: [] },
  ],
};

describe('names and dates', () => {
  it('writes names in full and with initials, leaving unknown parts out', () => {
    expect(fullName(petya)).toBe('Иванов Пётр Сергеевич');
    expect(fullName(anya)).toBe('Ёлкина Анна');
    expect(fullName({ id: 'x', lastName: null, firstName: null, middleName: null })).toBe('—');
    expect(shortName(petya)).toBe('Иванов П. С.');
    expect(shortName(anya)).toBe('Ёлкина А.');
    expect(dayMonth('2026-11-05')).toBe('05.11');
  });
});

describe('subjectGrid', () => {
  const grid = subjectGrid(snapshot, algebra);

  it('puts students in Russian alphabetical order, ё after е, and the caption of the sheet', () => {
    expect(grid.rows).toEqual(['Борисов Борис Борисович', 'Ёлкина Анна', 'Иванов Пётр Сергеевич']);
    expect(grid.caption).toBe('7А · Алгебра · 2 четверть 2026/2027');
  });

  it('orders lessons by date and number, then works, average, final', () => {
    expect(grid.columns).toEqual(['05.11', '06.11', '06.11', '10.11 р', 'ср.', 'итог']);
  });

  it('shows current marks and attendance only, as in the journal', () => {
    const [boris, anya, petya] = grid.cells;
    expect(petya).toEqual(['5 4', '3', null, '4/5', '4,13', '4']);
    expect(anya).toEqual(['н', null, null, null, null, null]);
    expect(boris).toEqual(['оп', null, null, null, '3,50', null]);
  });
});

describe('topics, signatures and order', () => {
  it('lists each lesson with its topic and homework, and says when a topic is missing', () => {
    expect(topicLines(algebra)).toEqual([
      { date: '05.11.2026', topic: 'Линейная функция', homework: '№ 12; № 14' },
      { date: '06.11.2026', topic: 'Графики', homework: '' },
      { date: '06.11.2026', topic: '— тема не записана —', homework: '' },
    ]);
  });

  it('signs each teacher once with all their subjects, then the class teacher', () => {
    expect(signatureLines(snapshot)).toEqual([
      { role: 'Учитель (Литература)', name: 'Андреев И.' },
      { role: 'Учитель (Алгебра, Английский язык, Геометрия)', name: 'Смирнова О. П.' },
      { role: 'Классный руководитель', name: 'Кузнецова М. И.' },
    ]);
    expect(signatureLines({ ...snapshot, classTeacher: null }).at(-1)).toEqual({
      role: 'Классный руководитель',
      name: '',
    });
  });

  it('orders subjects by name, then group', () => {
    expect(subjectsInOrder(snapshot).map((s) => s.subject)).toEqual([
      'Алгебра',
      'Английский язык',
      'Геометрия',
      'Литература',
    ]);
  });
});
