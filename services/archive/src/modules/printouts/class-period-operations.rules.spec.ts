import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  ARCHIVE_CLASS_ASSIGNMENTS,
  ARCHIVE_JOURNAL,
  ARCHIVE_SCHOOL_FRAME,
  classAssignments,
  locateClassPeriod,
  snapshotSubject,
  type SchoolFrameAnswer,
} from './class-period-operations.rules.js';

const frame: SchoolFrameAnswer = {
  school: {
    id: 's',
    name: 'Школа',
    years: [
      {
        id: 'y',
        name: '2026/2027',
        periods: [
          {
            id: 'q1',
            kind: 'QUARTER',
            name: '1 четверть',
            startsOn: '2026-09-01',
            endsOn: '2026-10-25',
          },
          {
            id: 'q3',
            kind: 'QUARTER',
            name: '3 четверть',
            startsOn: '2027-01-09',
            endsOn: '2027-03-22',
          },
        ],
        classes: [{ id: 'c7a', name: '7А' }],
      },
    ],
  },
};
const teacher = { id: 't', lastName: 'Смирнова', firstName: 'Ольга', middleName: null };

describe('the archive’s operations', () => {
  it('are named operations that parse', () => {
    for (const text of [ARCHIVE_SCHOOL_FRAME, ARCHIVE_CLASS_ASSIGNMENTS, ARCHIVE_JOURNAL]) {
      const doc = parse(text);
      expect(doc.definitions).toHaveLength(1);
      expect(doc.definitions[0]).toMatchObject({
        kind: 'OperationDefinition',
        name: { value: expect.stringMatching(/^Archive/) },
      });
    }
  });

  it('are valid against the composed API schema', () => {
    const api = buildSchema(
      readFileSync(new URL('../../../../../schemas/api.graphql', import.meta.url), 'utf8'),
    );
    for (const text of [ARCHIVE_SCHOOL_FRAME, ARCHIVE_CLASS_ASSIGNMENTS, ARCHIVE_JOURNAL])
      expect(validate(api, parse(text)).map((e) => e.message)).toEqual([]);
  });
});

describe('locateClassPeriod', () => {
  it('finds the year, period and class', () => {
    expect(locateClassPeriod(frame, 'c7a', 'q1', '2026-12-02')).toEqual({
      ok: true,
      year: { id: 'y', name: '2026/2027' },
      period: { id: 'q1', name: '1 четверть', startsOn: '2026-09-01', endsOn: '2026-10-25' },
      schoolClass: { id: 'c7a', name: '7А' },
    });
  });

  it('names what is wrong: no school, another school’s period or class, a period not begun', () => {
    expect(locateClassPeriod({ school: null }, 'c7a', 'q1', '2026-12-02')).toEqual({
      ok: false,
      problem: 'no-school',
    });
    expect(locateClassPeriod(frame, 'c7a', 'elsewhere', '2026-12-02')).toEqual({
      ok: false,
      problem: 'no-period',
    });
    expect(locateClassPeriod(frame, 'other', 'q1', '2026-12-02')).toEqual({
      ok: false,
      problem: 'no-class',
    });
    expect(locateClassPeriod(frame, 'c7a', 'q3', '2026-12-02')).toEqual({
      ok: false,
      problem: 'not-started',
    });
    expect(locateClassPeriod(frame, 'c7a', 'q3', '2027-01-09')).toMatchObject({ ok: true });
  });
});

describe('from answers to the snapshot', () => {
  it('keeps the class’s own assignments in a stable order', () => {
    const a = (id: string, classId: string | null) => ({
      id,
      schoolClass: classId ? { id: classId } : null,
      group: null,
      subject: { id: 'm', name: 'Алгебра' },
      teacher,
    });
    const picked = classAssignments(
      { teachingAssignments: [a('b', 'c7a'), a('x', 'c7b'), a('a', 'c7a'), a('g', null)] },
      'c7a',
    );
    expect(picked.map((p) => p.id)).toEqual(['a', 'b']);
    expect(classAssignments({ teachingAssignments: null }, 'c7a')).toEqual([]);
  });

  it('turns a journal page into a subject, marks without a lesson and missing attendance included', () => {
    const subject = snapshotSubject(
      {
        id: 'a',
        schoolClass: { id: 'c7a' },
        group: { id: 'g', name: '1 группа' },
        subject: { id: 'e', name: 'Английский язык' },
        teacher,
      },
      {
        journal: {
          lessons: [
            {
              id: 'l',
              date: '2026-11-05',
              lessonNumber: 1,
              topic: null,
              homework: [{ text: 'стр. 5' }],
              attendance: null,
            },
          ],
          rows: [
            {
              student: { id: 's', lastName: 'Иванов', firstName: 'Пётр', middleName: null },
              marks: [
                {
                  lesson: null,
                  lessonDate: '2026-11-06',
                  value: '5',
                  workType: 'test',
                  current: true,
                },
              ],
              average: 5,
              final: { value: '5' },
            },
          ],
        },
      },
    );
    expect(subject).toEqual({
      assignmentId: 'a',
      subject: 'Английский язык',
      group: '1 группа',
      teacher,
      lessons: [
        {
          id: 'l',
          date: '2026-11-05',
          lessonNumber: 1,
          topic: null,
          homework: [{ text: 'стр. 5' }],
          attendance: [],
        },
      ],
      rows: [
        {
          student: { id: 's', lastName: 'Иванов', firstName: 'Пётр', middleName: null },
          marks: [
            {
              lessonId: null,
              lessonDate: '2026-11-06',
              value: '5',
              workType: 'test',
              current: true,
            },
          ],
          average: 5,
          final: '5',
        },
      ],
    });
    expect(
      snapshotSubject(
        { id: 'a', schoolClass: null, group: null, subject: { id: 'e', name: 'X' }, teacher },
        { journal: null },
      ).rows,
    ).toEqual([]);
  });
});
