import type { TransferWindowSpan } from '@dnevnik/school-time';
import { localClock } from '../calendar/index.js';
import type { IsoDate } from '../calendar/index.js';

export type RecordTimingStatus = 'on_time' | 'late' | 'early' | 'transferred';

/** S7: a lesson is recorded on its day, at the latest by 20:00 local time of the school. */
export const RECORD_DEADLINE_HOUR = 20;

/**
 * When a lesson record was entered, relative to the lesson (S7, G4):
 * - 'early': before the lesson day in the school's zone; the caller refuses it, since a topic
 *   cannot be recorded as covered before the lesson took place;
 * - 'transferred': the lesson date falls in the outage of a temporary-journal window (G4, both
 *   ends included) and the record is entered while the window is open — on or after the local
 *   day the system came back and no later than the window's close (2 working days, 002 §3.2).
 *   The record comes from paper kept during the outage and is not late whatever the hour. Once
 *   the window has closed, the usual rule applies again, as it does for marks and attendance;
 * - 'on_time': on the lesson day up to 20:00:00 local time inclusive;
 * - 'late': any later moment; accepted, but the lateness is recorded for control (R).
 * The comparison runs on whole seconds, so 20:00:00.900 is still on time and 20:00:01 is late.
 */
export function recordTiming(input: {
  lessonDate: IsoDate;
  recordedAt: Date;
  timeZone: string;
  transferWindow?: TransferWindowSpan | null;
}): { status: RecordTimingStatus } {
  const local = localClock(input.recordedAt, input.timeZone);
  if (local.date < input.lessonDate) return { status: 'early' };
  const w = input.transferWindow;
  if (
    w &&
    w.from <= input.lessonDate &&
    input.lessonDate <= w.to &&
    local.date >= w.opensOn &&
    input.recordedAt.getTime() <= w.closesAt.getTime()
  ) {
    return { status: 'transferred' };
  }
  if (local.date > input.lessonDate) return { status: 'late' };
  const afterDeadline =
    local.hour > RECORD_DEADLINE_HOUR ||
    (local.hour === RECORD_DEADLINE_HOUR && (local.minute > 0 || local.second > 0));
  return { status: afterDeadline ? 'late' : 'on_time' };
}

/** S7: the longest material covered a lesson record keeps; a longer one is refused, not cut. */
export const MATERIAL_MAX = 4000;

/** What a lesson record holds besides its timing (S7). */
export interface LessonRecordFields {
  topicId: string | null;
  topicTitle: string | null;
  material: string | null;
  workType: string | null;
}

/**
 * How a save names the lesson's topic. A save that leaves both topic fields out keeps the topic
 * recorded; one that gives either replaces it. A held lesson always has a topic (S7), so a
 * save that would clear it is 'missing', which the caller refuses.
 *  - 'plan': a topic of the plan (the title is the plan's);
 *  - 'own': the teacher's own words (any plan link is dropped).
 */
export type TopicChoice =
  | { kind: 'unchanged' }
  | { kind: 'plan'; topicId: string }
  | { kind: 'own'; title: string }
  | { kind: 'missing' };

export function topicChoice(input: {
  topicId?: string | null;
  topicTitle?: string | null;
}): TopicChoice {
  if (input.topicId === undefined && input.topicTitle === undefined) return { kind: 'unchanged' };
  if (input.topicId) return { kind: 'plan', topicId: input.topicId };
  const title = input.topicTitle?.trim();
  return title ? { kind: 'own', title } : { kind: 'missing' };
}

/**
 * The record after a save. A field left out (undefined) keeps its value and an explicit null
 * clears it: a teacher who saves the topic again does not lose the material written earlier.
 * Blank material is no material. `changed` lists what differs, so a repeated save changes
 * nothing.
 */
export function mergeLessonRecord(
  current: LessonRecordFields,
  input: {
    topic?: { topicId: string | null; topicTitle: string };
    material?: string | null;
    workType?: string | null;
  },
): { next: LessonRecordFields; changed: (keyof LessonRecordFields)[] } {
  const next: LessonRecordFields = { ...current };
  if (input.topic) {
    next.topicId = input.topic.topicId;
    next.topicTitle = input.topic.topicTitle;
  }
  if (input.material !== undefined) next.material = input.material?.trim() || null;
  if (input.workType !== undefined) next.workType = input.workType || null;
  const changed = (Object.keys(next) as (keyof LessonRecordFields)[]).filter(
    (k) => next[k] !== current[k],
  );
  return { next, changed };
}

/** Whitespace aside, the same words: a second save of the same homework is the same homework. */
export function sameHomeworkText(a: string, b: string): boolean {
  const norm = (t: string) => t.trim().replace(/\s+/gu, ' ');
  return norm(a) === norm(b);
}

/** A homework already on the lesson, as the matching sees it. */
export interface HomeworkOnLesson {
  id: string;
  studentId: string | null;
  text: string;
  dueOn: string | null;
  /** One key per attached file: the same content under the same name is the same attachment. */
  attachmentKeys: readonly string[];
}

/** A homework in a lesson save. */
export interface HomeworkDraft {
  studentId: string | null;
  text: string;
  /** Left out: the due date of a homework already there is kept. Null: no due date. */
  dueOn?: string | null;
  attachmentKeys: readonly string[];
}

export type HomeworkChange = 'text' | 'dueOn' | 'attachments';

/**
 * What a lesson save does with each homework it carries (S7, C2):
 *  - 'new': no homework of the lesson for the same student (or the whole class) has this text;
 *  - 'unchanged': it is already there as given, so nothing is added and nobody is told again;
 *  - 'changed': it is there, and the save moves its due date or brings files it lacks
 *    (`addAttachments` are indexes into the draft's attachments);
 *  - 'repeat': the same save already carries it; the first occurrence counts.
 */
export type HomeworkStep =
  | { kind: 'new'; draft: number }
  | { kind: 'unchanged'; draft: number; homeworkId: string }
  | {
      kind: 'changed';
      draft: number;
      homeworkId: string;
      dueOn: string | null;
      addAttachments: number[];
      changes: HomeworkChange[];
    }
  | { kind: 'repeat'; draft: number };

export function planHomework(
  existing: readonly HomeworkOnLesson[],
  drafts: readonly HomeworkDraft[],
): HomeworkStep[] {
  const same = (a: { studentId: string | null; text: string }, b: typeof a) =>
    a.studentId === b.studentId && sameHomeworkText(a.text, b.text);
  return drafts.map((d, i): HomeworkStep => {
    if (drafts.slice(0, i).some((earlier) => same(earlier, d))) return { kind: 'repeat', draft: i };
    const match = existing.find((h) => same(h, d));
    if (!match) return { kind: 'new', draft: i };
    const dueOn = d.dueOn === undefined ? match.dueOn : d.dueOn;
    const addAttachments = d.attachmentKeys
      .map((key, j) => ({ key, j }))
      .filter(
        ({ key, j }) => !match.attachmentKeys.includes(key) && d.attachmentKeys.indexOf(key) === j,
      )
      .map(({ j }) => j);
    const changes: HomeworkChange[] = [
      ...(dueOn !== match.dueOn ? (['dueOn'] as const) : []),
      ...(addAttachments.length > 0 ? (['attachments'] as const) : []),
    ];
    return changes.length === 0
      ? { kind: 'unchanged', draft: i, homeworkId: match.id }
      : { kind: 'changed', draft: i, homeworkId: match.id, dueOn, addAttachments, changes };
  });
}

/**
 * An explicit edit of one homework: given fields replace, left-out fields stay; files are added
 * (unless the same file is already attached) and removed by id. `changes` is empty when the edit
 * changes nothing, and then nothing is written and nobody is told. `unknownIds` are removals of
 * attachments this homework does not have, which the caller refuses.
 */
export function editHomework(
  current: {
    text: string;
    dueOn: string | null;
    attachments: readonly { id: string; key: string }[];
  },
  patch: {
    text?: string;
    dueOn?: string | null;
    addAttachmentKeys: readonly string[];
    removeAttachmentIds: readonly string[];
  },
): {
  text: string;
  dueOn: string | null;
  addAttachments: number[];
  removeAttachmentIds: string[];
  unknownIds: string[];
  changes: HomeworkChange[];
} {
  const text = patch.text === undefined ? current.text : patch.text.trim();
  const dueOn = patch.dueOn === undefined ? current.dueOn : patch.dueOn;
  const known = new Set(current.attachments.map((a) => a.id));
  const removeAttachmentIds = [...new Set(patch.removeAttachmentIds)].filter((id) => known.has(id));
  const unknownIds = [...new Set(patch.removeAttachmentIds)].filter((id) => !known.has(id));
  const kept = current.attachments.filter((a) => !removeAttachmentIds.includes(a.id));
  const addAttachments = patch.addAttachmentKeys
    .map((key, j) => ({ key, j }))
    .filter(
      ({ key, j }) =>
        !kept.some((a) => a.key === key) && patch.addAttachmentKeys.indexOf(key) === j,
    )
    .map(({ j }) => j);
  const changes: HomeworkChange[] = [
    ...(text !== current.text ? (['text'] as const) : []),
    ...(dueOn !== current.dueOn ? (['dueOn'] as const) : []),
    ...(addAttachments.length > 0 || removeAttachmentIds.length > 0
      ? (['attachments'] as const)
      : []),
  ];
  return { text, dueOn, addAttachments, removeAttachmentIds, unknownIds, changes };
}
