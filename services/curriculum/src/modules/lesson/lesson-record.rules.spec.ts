import { describe, expect, it } from 'vitest';
import type { TransferWindowSpan } from '@dnevnik/school-time';
import {
  editHomework,
  mergeLessonRecord,
  planHomework,
  recordTiming,
  sameHomeworkText,
  topicChoice,
  type HomeworkOnLesson,
  type LessonRecordFields,
} from './lesson-record.rules.js';

const EKB = 'Asia/Yekaterinburg'; // UTC+5, no DST
const timing = (
  lessonDate: string,
  recordedAtUtc: string,
  timeZone = EKB,
  transferWindow?: TransferWindowSpan | null,
) =>
  recordTiming({ lessonDate, recordedAt: new Date(recordedAtUtc), timeZone, transferWindow })
    .status;

describe('recordTiming', () => {
  it('is on time during the lesson day', () => {
    expect(timing('2026-03-10', '2026-03-10T03:00:00Z')).toBe('on_time'); // 08:00 local
    expect(timing('2026-03-10', '2026-03-10T14:59:00Z')).toBe('on_time'); // 19:59 local
  });

  it('is on time at 20:00:00 exactly and late at 20:00:01 and 20:01 (Yekaterinburg)', () => {
    expect(timing('2026-03-10', '2026-03-10T14:59:59Z')).toBe('on_time');
    expect(timing('2026-03-10', '2026-03-10T15:00:00Z')).toBe('on_time');
    expect(timing('2026-03-10', '2026-03-10T15:00:00.900Z')).toBe('on_time');
    expect(timing('2026-03-10', '2026-03-10T15:00:01Z')).toBe('late');
    expect(timing('2026-03-10', '2026-03-10T15:01:00Z')).toBe('late');
    expect(timing('2026-03-10', '2026-03-10T16:00:00Z')).toBe('late'); // 21:00 local
  });

  it('reads 20:00 in the school zone, not in UTC or on the server', () => {
    // 16:30 UTC is 19:30 in Moscow (UTC+3) but 21:30 in Yekaterinburg (UTC+5); 13:00 UTC is
    // 20:00 in Novosibirsk (UTC+7).
    expect(timing('2026-03-10', '2026-03-10T16:30:00Z', 'Europe/Moscow')).toBe('on_time');
    expect(timing('2026-03-10', '2026-03-10T16:30:00Z', EKB)).toBe('late');
    expect(timing('2026-03-10', '2026-03-10T13:00:00Z', 'Asia/Novosibirsk')).toBe('on_time');
    expect(timing('2026-03-10', '2026-03-10T13:00:01Z', 'Asia/Novosibirsk')).toBe('late');
  });

  it('is late on any later day, including just after local midnight', () => {
    expect(timing('2026-03-10', '2026-03-10T19:00:00Z')).toBe('late'); // 00:00 on 11 March local
    expect(timing('2026-03-10', '2026-03-11T03:00:00Z')).toBe('late'); // 08:00 the next morning
    expect(timing('2026-03-10', '2026-04-01T03:00:00Z')).toBe('late');
  });

  it('is early before the lesson day, even one second before local midnight', () => {
    expect(timing('2026-03-10', '2026-03-09T18:59:59Z')).toBe('early'); // 23:59:59 on 9 March
    expect(timing('2026-03-10', '2026-03-09T19:00:00Z')).toBe('on_time'); // 00:00 on 10 March
    expect(timing('2026-03-10', '2026-03-01T10:00:00Z')).toBe('early');
  });

  it('uses the local date, which differs from the UTC date in the evening', () => {
    // 21:00 UTC on 9 March is already 10 March in Yekaterinburg (02:00).
    expect(timing('2026-03-10', '2026-03-09T21:00:00Z')).toBe('on_time');
    expect(timing('2026-03-09', '2026-03-09T21:00:00Z')).toBe('late');
  });

  it('handles 29 February of a leap year', () => {
    expect(timing('2024-02-29', '2024-02-29T14:30:00Z')).toBe('on_time');
    expect(timing('2024-02-29', '2024-02-29T15:30:00Z')).toBe('late');
    expect(timing('2024-02-29', '2024-02-28T20:00:00Z')).toBe('on_time'); // 01:00 on 29 Feb
    expect(timing('2024-03-01', '2024-02-29T12:00:00Z')).toBe('early');
  });

  describe('with a temporary-journal transfer window (G4)', () => {
    // Outage 2–4 March; the system came back on Thursday 5 March, the window closes at the end
    // of Monday 9 March local time (2 working days after the reopening day).
    const window: TransferWindowSpan = {
      from: '2026-03-02',
      to: '2026-03-04',
      opensOn: '2026-03-05',
      closesAt: new Date('2026-03-09T18:59:59.999Z'),
    };

    it('marks a lesson of the outage as transferred, however late, both ends included', () => {
      expect(timing('2026-03-02', '2026-03-06T10:00:00Z', EKB, window)).toBe('transferred');
      expect(timing('2026-03-03', '2026-03-06T10:00:00Z', EKB, window)).toBe('transferred');
      expect(timing('2026-03-04', '2026-03-06T10:00:00Z', EKB, window)).toBe('transferred');
      expect(timing('2026-03-04', '2026-03-05T16:00:00Z', EKB, window)).toBe('transferred'); // 21:00
    });

    it('is transferred up to the close of the window and late from the next millisecond', () => {
      expect(timing('2026-03-03', '2026-03-09T18:59:59.999Z', EKB, window)).toBe('transferred');
      expect(timing('2026-03-03', '2026-03-09T19:00:00Z', EKB, window)).toBe('late');
      expect(timing('2026-03-03', '2026-03-20T10:00:00Z', EKB, window)).toBe('late');
    });

    it('does not transfer records entered before the system came back', () => {
      // During the outage itself the usual rule applies (the record cannot have been entered then
      // anyway; a window opened later does not relabel it).
      expect(timing('2026-03-02', '2026-03-02T10:00:00Z', EKB, window)).toBe('on_time');
      expect(timing('2026-03-02', '2026-03-04T10:00:00Z', EKB, window)).toBe('late');
      // 4 March 23:30 local is still before the reopening day.
      expect(timing('2026-03-03', '2026-03-04T18:30:00Z', EKB, window)).toBe('late');
      // 00:00 on 5 March local is the reopening day.
      expect(timing('2026-03-03', '2026-03-04T19:00:00Z', EKB, window)).toBe('transferred');
    });

    it('leaves lessons outside the outage to the usual rule', () => {
      expect(timing('2026-03-01', '2026-03-06T10:00:00Z', EKB, window)).toBe('late');
      expect(timing('2026-03-05', '2026-03-06T10:00:00Z', EKB, window)).toBe('late');
      expect(timing('2026-03-05', '2026-03-05T10:00:00Z', EKB, window)).toBe('on_time');
      expect(timing('2026-03-05', '2026-03-05T16:00:00Z', EKB, window)).toBe('late');
    });

    it('still calls a record before the lesson day early', () => {
      expect(timing('2026-03-04', '2026-03-02T10:00:00Z', EKB, window)).toBe('early');
    });

    it('treats a null or absent window as none', () => {
      expect(timing('2026-03-03', '2026-03-06T10:00:00Z', EKB, null)).toBe('late');
      expect(timing('2026-03-03', '2026-03-06T10:00:00Z', EKB, undefined)).toBe('late');
    });
  });

  it('throws on an unknown time zone rather than guessing', () => {
    expect(() => timing('2026-03-10', '2026-03-10T10:00:00Z', 'Mars/Olympus')).toThrow(RangeError);
  });
});

describe('topicChoice', () => {
  it('keeps the topic when neither topic field is given', () => {
    expect(topicChoice({})).toEqual({ kind: 'unchanged' });
    expect(topicChoice({ topicId: undefined, topicTitle: undefined })).toEqual({
      kind: 'unchanged',
    });
  });

  it('takes a plan topic first, then the teacher’s own words, trimmed', () => {
    expect(topicChoice({ topicId: 't1', topicTitle: 'ignored' })).toEqual({
      kind: 'plan',
      topicId: 't1',
    });
    expect(topicChoice({ topicTitle: '  Дроби  ' })).toEqual({ kind: 'own', title: 'Дроби' });
    expect(topicChoice({ topicId: null, topicTitle: 'Дроби' })).toEqual({
      kind: 'own',
      title: 'Дроби',
    });
  });

  it('calls a save that would clear the topic missing', () => {
    expect(topicChoice({ topicId: null })).toEqual({ kind: 'missing' });
    expect(topicChoice({ topicTitle: null })).toEqual({ kind: 'missing' });
    expect(topicChoice({ topicTitle: '   ' })).toEqual({ kind: 'missing' });
    expect(topicChoice({ topicId: '', topicTitle: '' })).toEqual({ kind: 'missing' });
  });
});

describe('mergeLessonRecord', () => {
  const recorded: LessonRecordFields = {
    topicId: 'plan-1',
    topicTitle: 'Линейная функция',
    material: '§ 12, примеры 1–3',
    workType: 'answer',
  };

  it('keeps every field a save leaves out', () => {
    expect(mergeLessonRecord(recorded, {})).toEqual({ next: recorded, changed: [] });
    expect(
      mergeLessonRecord(recorded, { topic: { topicId: 'plan-1', topicTitle: 'Линейная функция' } }),
    ).toEqual({ next: recorded, changed: [] });
  });

  it('clears material and work type given as null, and blank material', () => {
    expect(mergeLessonRecord(recorded, { material: null }).next.material).toBeNull();
    expect(mergeLessonRecord(recorded, { material: '   ' }).next.material).toBeNull();
    const { next, changed } = mergeLessonRecord(recorded, { workType: null });
    expect(next).toEqual({ ...recorded, workType: null });
    expect(changed).toEqual(['workType']);
  });

  it('replaces given fields and lists exactly what changed', () => {
    const { next, changed } = mergeLessonRecord(recorded, {
      topic: { topicId: null, topicTitle: 'Повторение' },
      material: '  Задачи на графики ',
    });
    expect(next).toEqual({
      topicId: null,
      topicTitle: 'Повторение',
      material: 'Задачи на графики',
      workType: 'answer',
    });
    expect(changed).toEqual(['topicId', 'topicTitle', 'material']);
  });

  it('fills an empty record', () => {
    const empty = { topicId: null, topicTitle: null, material: null, workType: null };
    expect(
      mergeLessonRecord(empty, { topic: { topicId: null, topicTitle: 'Дроби' }, workType: 'test' })
        .changed,
    ).toEqual(['topicTitle', 'workType']);
  });
});

describe('sameHomeworkText', () => {
  it('ignores surrounding and repeated whitespace, nothing else', () => {
    expect(sameHomeworkText('§ 12, № 245', '  §  12,\n№ 245 ')).toBe(true);
    expect(sameHomeworkText('§ 12, № 245', '§ 12, № 246')).toBe(false);
    expect(sameHomeworkText('Выучить стих', 'выучить стих')).toBe(false);
  });
});

describe('planHomework', () => {
  const general: HomeworkOnLesson = {
    id: 'hw-1',
    studentId: null,
    text: '§ 12, № 245, 247',
    dueOn: '2026-11-25',
    attachmentKeys: ['k1|задание.pdf'],
  };
  const individual: HomeworkOnLesson = {
    id: 'hw-2',
    studentId: 'petya',
    text: '№ 251',
    dueOn: null,
    attachmentKeys: [],
  };
  const draft = (over: Partial<Parameters<typeof planHomework>[1][number]> = {}) => ({
    studentId: null,
    text: '§ 12, № 245, 247',
    attachmentKeys: [] as string[],
    ...over,
  });

  it('adds homework the lesson does not have', () => {
    expect(planHomework([], [draft()])).toEqual([{ kind: 'new', draft: 0 }]);
    expect(planHomework([general], [draft({ text: '§ 13' })])).toEqual([{ kind: 'new', draft: 0 }]);
  });

  it('does not add the same text again, whether the due date is repeated or left out', () => {
    expect(planHomework([general], [draft()])).toEqual([
      { kind: 'unchanged', draft: 0, homeworkId: 'hw-1' },
    ]);
    expect(planHomework([general], [draft({ dueOn: '2026-11-25' })])).toEqual([
      { kind: 'unchanged', draft: 0, homeworkId: 'hw-1' },
    ]);
    expect(planHomework([general], [draft({ text: ' §  12, № 245, 247 ' })])[0]!.kind).toBe(
      'unchanged',
    );
    expect(planHomework([general], [draft({ attachmentKeys: ['k1|задание.pdf'] })])[0]!.kind).toBe(
      'unchanged',
    );
  });

  it('tells a class homework from an individual one with the same text', () => {
    expect(planHomework([general], [draft({ studentId: 'petya' })])).toEqual([
      { kind: 'new', draft: 0 },
    ]);
    expect(
      planHomework([individual], [draft({ studentId: 'petya', text: '№ 251' })])[0]!.kind,
    ).toBe('unchanged');
    expect(planHomework([individual], [draft({ studentId: 'anya', text: '№ 251' })])[0]!.kind).toBe(
      'new',
    );
  });

  it('changes the due date of the same homework, or clears it with null', () => {
    expect(planHomework([general], [draft({ dueOn: '2026-11-27' })])).toEqual([
      {
        kind: 'changed',
        draft: 0,
        homeworkId: 'hw-1',
        dueOn: '2026-11-27',
        addAttachments: [],
        changes: ['dueOn'],
      },
    ]);
    expect(planHomework([general], [draft({ dueOn: null })])[0]).toMatchObject({
      kind: 'changed',
      dueOn: null,
      changes: ['dueOn'],
    });
  });

  it('adds only files the homework lacks, each once', () => {
    expect(
      planHomework(
        [general],
        [draft({ attachmentKeys: ['k1|задание.pdf', 'k2|рисунок.png', 'k2|рисунок.png'] })],
      ),
    ).toEqual([
      {
        kind: 'changed',
        draft: 0,
        homeworkId: 'hw-1',
        dueOn: '2026-11-25',
        addAttachments: [1],
        changes: ['attachments'],
      },
    ]);
  });

  it('counts a homework repeated within one save once', () => {
    expect(
      planHomework([], [draft(), draft({ text: '§ 12,  № 245, 247' }), draft({ text: 'x' })]),
    ).toEqual([
      { kind: 'new', draft: 0 },
      { kind: 'repeat', draft: 1 },
      { kind: 'new', draft: 2 },
    ]);
  });
});

describe('editHomework', () => {
  const current = {
    text: '§ 12, № 245',
    dueOn: '2026-11-25',
    attachments: [
      { id: 'a1', key: 'k1|задание.pdf' },
      { id: 'a2', key: 'k2|рисунок.png' },
    ],
  };
  const none = { addAttachmentKeys: [], removeAttachmentIds: [] };

  it('changes nothing when nothing new is given', () => {
    expect(editHomework(current, none).changes).toEqual([]);
    expect(editHomework(current, { ...none, text: ' § 12, № 245 ', dueOn: '2026-11-25' })).toEqual({
      text: '§ 12, № 245',
      dueOn: '2026-11-25',
      addAttachments: [],
      removeAttachmentIds: [],
      unknownIds: [],
      changes: [],
    });
    expect(
      editHomework(current, { ...none, addAttachmentKeys: ['k1|задание.pdf'] }).changes,
    ).toEqual([]);
  });

  it('replaces the text and the due date, keeping what is left out', () => {
    expect(editHomework(current, { ...none, text: '§ 12, № 246' })).toMatchObject({
      text: '§ 12, № 246',
      dueOn: '2026-11-25',
      changes: ['text'],
    });
    expect(editHomework(current, { ...none, dueOn: null })).toMatchObject({
      text: '§ 12, № 245',
      dueOn: null,
      changes: ['dueOn'],
    });
  });

  it('adds and removes files, and reports ids the homework does not have', () => {
    const edit = editHomework(current, {
      addAttachmentKeys: ['k3|таблица.xlsx', 'k3|таблица.xlsx'],
      removeAttachmentIds: ['a1', 'a1', 'zz'],
    });
    expect(edit).toMatchObject({
      addAttachments: [0],
      removeAttachmentIds: ['a1'],
      unknownIds: ['zz'],
      changes: ['attachments'],
    });
    // A file removed and sent again in one edit is attached anew: both steps are recorded.
    expect(
      editHomework(current, { addAttachmentKeys: ['k1|задание.pdf'], removeAttachmentIds: ['a1'] }),
    ).toMatchObject({ addAttachments: [0], removeAttachmentIds: ['a1'], changes: ['attachments'] });
  });
});
