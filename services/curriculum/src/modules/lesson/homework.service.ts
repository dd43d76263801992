import type { EntityManager } from '@mikro-orm/postgresql';
import { v7 as uuidv7 } from 'uuid';
import { CurriculumEvents } from '@dnevnik/contracts';
import { stageEvent } from '@dnevnik/events';
import {
  decodeAttachments,
  storeAttachments,
  type AttachmentInput,
  type StoredAttachment,
} from '@dnevnik/files';
import {
  badInput,
  forbidden,
  notFound,
  requireDate,
  requireText,
  requireUuid,
} from '@dnevnik/errors';
import { eventContext, type CurriculumContext } from '../../context.js';
import { canRecordLesson } from '../../curriculum.access.js';
import { audit, inTransaction, viewerOf } from '../shared.js';
import {
  editHomework,
  planHomework,
  type HomeworkChange,
  type HomeworkDraft,
} from './lesson-record.rules.js';
import {
  Homework,
  HomeworkAttachment,
  HomeworkRevision,
  Lesson,
  Substitution,
} from './lesson.entities.js';

/**
 * Homework of a lesson (S7) and what parents are told of it (C2): a new homework is announced
 * once, a change once per change, a removal once. Every version is kept (G1) and every change
 * is audited with its before and after (G2).
 */

export const HOMEWORK_TEXT_MAX = 4000;

export interface HomeworkInput {
  text: string;
  /** Left out: a homework already on the lesson keeps its due date. Null: no due date. */
  dueOn?: string | null;
  /** Individual homework for one student; general when absent. */
  studentId?: string | null;
  attachments?: AttachmentInput[] | null;
}

/** A homework of a save, checked and with its files already in the store. */
export interface PreparedHomework extends HomeworkDraft {
  files: StoredAttachment[];
}

/** The same content under the same name is the same attachment. */
const attachmentKey = (a: { key: string; fileName: string }) => `${a.key}\u0000${a.fileName}`;

/**
 * Checks the homework of a save and puts its files into the store, before the transaction:
 * the store is content-addressed, so a transaction that fails leaves only an unreferenced file.
 */
export async function prepareHomework(
  ctx: CurriculumContext,
  inputs: readonly HomeworkInput[],
): Promise<PreparedHomework[]> {
  const checked = inputs.map((h, i) => ({
    text: requireText(h.text, `homework[${i}].text`, HOMEWORK_TEXT_MAX),
    dueOn:
      h.dueOn === undefined
        ? undefined
        : h.dueOn === null
          ? null
          : requireDate(h.dueOn, `homework[${i}].dueOn`),
    studentId: h.studentId ? requireUuid(h.studentId, `homework[${i}].studentId`) : null,
    decoded: decodeAttachments(h.attachments),
  }));
  return Promise.all(
    checked.map(async ({ decoded, ...h }) => {
      const files = await storeAttachments(ctx.deps.files, decoded);
      return { ...h, files, attachmentKeys: files.map(attachmentKey) };
    }),
  );
}

function homeworkEventData(hw: Homework, lesson: Lesson) {
  return {
    homeworkId: hw.id,
    lessonId: lesson.id,
    schoolId: lesson.schoolId,
    classId: lesson.classId,
    groupId: lesson.groupId,
    subjectId: lesson.subjectId,
    studentId: hw.studentId,
    dueOn: hw.dueOn,
  };
}

const snapshot = (hw: Homework, attachments: readonly HomeworkAttachment[]) => ({
  text: hw.text,
  dueOn: hw.dueOn,
  studentId: hw.studentId,
  revision: hw.revision,
  attachments: attachments.map((a) => ({ id: a.id, fileName: a.fileName, size: a.size })),
});

function persistFiles(tx: EntityManager, hw: Homework, files: readonly StoredAttachment[]) {
  return files.map((f) => {
    const row = Object.assign(new HomeworkAttachment(), {
      id: uuidv7(),
      homeworkId: hw.id,
      fileKey: f.key,
      fileName: f.fileName,
      contentType: f.contentType,
      size: f.size,
    });
    tx.persist(row);
    return row;
  });
}

function persistRevision(
  tx: EntityManager,
  hw: Homework,
  change: HomeworkRevision['change'],
  attachments: readonly HomeworkAttachment[],
  by: string,
  at: Date,
) {
  tx.persist(
    Object.assign(new HomeworkRevision(), {
      id: uuidv7(),
      homeworkId: hw.id,
      revision: hw.revision,
      change,
      lessonId: hw.lessonId,
      studentId: hw.studentId,
      text: hw.text,
      dueOn: hw.dueOn,
      attachmentIds: attachments.map((a) => a.id),
      changedBy: by,
      changedAt: at,
    }),
  );
}

/** The homework of a lesson that is still there (not removed), with their current files. */
async function liveHomework(tx: EntityManager, lessonId: string) {
  const homework = await tx.find(
    Homework,
    { lessonId, removedAt: null },
    { orderBy: { createdAt: 'asc', id: 'asc' } },
  );
  const files = homework.length
    ? await tx.find(HomeworkAttachment, {
        homeworkId: { $in: homework.map((h) => h.id) },
        removedAt: null,
      })
    : [];
  return homework.map((hw) => ({
    hw,
    files: files.filter((f) => f.homeworkId === hw.id),
  }));
}

/**
 * Writes one change of a homework already on the lesson: the new version, its revision row, the
 * audit entry and the one `changed` event that messaging turns into one notification.
 */
async function commitChange(
  tx: EntityManager,
  ctx: CurriculumContext,
  input: {
    lesson: Lesson;
    hw: Homework;
    before: ReturnType<typeof snapshot>;
    files: HomeworkAttachment[];
    changes: HomeworkChange[];
    role: string;
  },
) {
  const { lesson, hw } = input;
  const viewer = viewerOf(ctx);
  const now = ctx.deps.now();
  hw.revision += 1;
  hw.changedAt = now;
  hw.changedBy = viewer.personId;
  persistRevision(tx, hw, 'changed', input.files, viewer.personId, now);
  stageEvent(tx, CurriculumEvents.homeworkChanged, {
    aggregateId: lesson.id,
    schoolId: lesson.schoolId,
    data: { ...homeworkEventData(hw, lesson), revision: hw.revision, changes: input.changes },
    context: eventContext(ctx, 'subject_teacher'),
  });
  await audit(tx, ctx, {
    schoolId: lesson.schoolId,
    role: input.role,
    action: 'homework.changed',
    entityType: 'homework',
    entityId: hw.id,
    before: input.before,
    after: { ...snapshot(hw, input.files), changes: input.changes },
  });
}

/**
 * The homework of a lesson save (S7): a homework the lesson already has with the same text (for
 * the same student, or the whole class) is the same homework, so saving again adds nothing and
 * tells nobody; a new due date or a new file on it is one change. Call inside the save's
 * transaction, after the lesson's access and timing checks.
 */
export async function saveLessonHomework(
  tx: EntityManager,
  ctx: CurriculumContext,
  lesson: Lesson,
  drafts: readonly PreparedHomework[],
  role: string,
): Promise<{ assigned: string[]; changed: string[] }> {
  const out = { assigned: [] as string[], changed: [] as string[] };
  if (drafts.length === 0) return out;
  const viewer = viewerOf(ctx);
  const live = await liveHomework(tx, lesson.id);
  const steps = planHomework(
    live.map(({ hw, files }) => ({
      id: hw.id,
      studentId: hw.studentId,
      text: hw.text,
      dueOn: hw.dueOn,
      attachmentKeys: files.map((f) => attachmentKey({ key: f.fileKey, fileName: f.fileName })),
    })),
    drafts,
  );
  for (const step of steps) {
    const draft = drafts[step.draft]!;
    if (step.kind === 'new') {
      const now = ctx.deps.now();
      const hw = Object.assign(new Homework(), {
        id: uuidv7(),
        lessonId: lesson.id,
        studentId: draft.studentId,
        text: draft.text,
        dueOn: draft.dueOn ?? null,
        createdBy: viewer.personId,
        createdAt: now,
      });
      tx.persist(hw);
      const files = persistFiles(
        tx,
        hw,
        // The same file twice in one homework is one attachment.
        draft.files.filter((f, j) => draft.attachmentKeys.indexOf(attachmentKey(f)) === j),
      );
      persistRevision(tx, hw, 'assigned', files, viewer.personId, now);
      stageEvent(tx, CurriculumEvents.homeworkAssigned, {
        aggregateId: lesson.id,
        schoolId: lesson.schoolId,
        data: homeworkEventData(hw, lesson),
        context: eventContext(ctx, 'subject_teacher'),
      });
      await audit(tx, ctx, {
        schoolId: lesson.schoolId,
        role,
        action: 'homework.assigned',
        entityType: 'homework',
        entityId: hw.id,
        before: null,
        after: { lessonId: lesson.id, ...snapshot(hw, files) },
      });
      out.assigned.push(hw.id);
    } else if (step.kind === 'changed') {
      const { hw, files } = live.find((l) => l.hw.id === step.homeworkId)!;
      const before = snapshot(hw, files);
      hw.dueOn = step.dueOn;
      const added = persistFiles(
        tx,
        hw,
        step.addAttachments.map((j) => draft.files[j]!),
      );
      await commitChange(tx, ctx, {
        lesson,
        hw,
        before,
        files: [...files, ...added],
        changes: step.changes,
        role,
      });
      out.changed.push(hw.id);
    }
  }
  return out;
}

/** The homework, its lesson and the role the viewer writes it in; the same rule as the lesson record. */
async function requireWritableHomework(tx: EntityManager, ctx: CurriculumContext, id: string) {
  const hw = await tx.findOne(Homework, { id: requireUuid(id, 'id') });
  if (!hw || hw.removedAt) throw notFound('Домашнее задание');
  const lesson = await tx.findOneOrFail(Lesson, { id: hw.lessonId });
  const viewer = viewerOf(ctx);
  const substitutes = (await tx.find(Substitution, { lessonId: lesson.id })).map(
    (s) => s.substituteId,
  );
  if (!canRecordLesson(viewer, lesson, substitutes)) {
    throw forbidden(
      'Домашнее задание меняет учитель урока или назначенный на этот урок заменяющий учитель.',
    );
  }
  const role = substitutes.includes(viewer.personId) ? 'substitute' : 'subject_teacher';
  const files = await tx.find(HomeworkAttachment, { homeworkId: hw.id, removedAt: null });
  return { hw, lesson, role, files };
}

/**
 * S7, C2: the teacher edits one homework. Fields left out stay; files are added and removed
 * explicitly. An edit that changes something is one new version and one notice to the family;
 * one that changes nothing writes nothing.
 */
export async function updateHomework(
  ctx: CurriculumContext,
  id: string,
  input: {
    text?: string | null;
    dueOn?: string | null;
    addAttachments?: AttachmentInput[] | null;
    removeAttachmentIds?: string[] | null;
  },
): Promise<Homework> {
  if (input.text === null) throw badInput('Текст задания нельзя стереть: удалите задание.');
  const text =
    input.text === undefined ? undefined : requireText(input.text, 'text', HOMEWORK_TEXT_MAX);
  const dueOn =
    input.dueOn === undefined || input.dueOn === null
      ? input.dueOn
      : requireDate(input.dueOn, 'dueOn');
  const removeIds = (input.removeAttachmentIds ?? []).map((a) =>
    requireUuid(a, 'removeAttachmentIds'),
  );
  const stored = await storeAttachments(ctx.deps.files, decodeAttachments(input.addAttachments));
  return inTransaction(ctx, async (tx) => {
    const { hw, lesson, role, files } = await requireWritableHomework(tx, ctx, id);
    const edit = editHomework(
      {
        text: hw.text,
        dueOn: hw.dueOn,
        attachments: files.map((f) => ({
          id: f.id,
          key: attachmentKey({ key: f.fileKey, fileName: f.fileName }),
        })),
      },
      {
        ...(text === undefined ? {} : { text }),
        ...(dueOn === undefined ? {} : { dueOn }),
        addAttachmentKeys: stored.map(attachmentKey),
        removeAttachmentIds: removeIds,
      },
    );
    if (edit.unknownIds.length > 0)
      throw badInput('У этого задания нет такого вложения.', { field: 'removeAttachmentIds' });
    if (edit.changes.length === 0) return hw;
    const before = snapshot(hw, files);
    const now = ctx.deps.now();
    hw.text = edit.text;
    hw.dueOn = edit.dueOn;
    const kept = files.filter((f) => !edit.removeAttachmentIds.includes(f.id));
    for (const f of files) if (edit.removeAttachmentIds.includes(f.id)) f.removedAt = now;
    const added = persistFiles(
      tx,
      hw,
      edit.addAttachments.map((j) => stored[j]!),
    );
    await commitChange(tx, ctx, {
      lesson,
      hw,
      before,
      files: [...kept, ...added],
      changes: edit.changes,
      role,
    });
    return hw;
  });
}

/**
 * S7, G1: the teacher withdraws a homework. It leaves the diary but stays in the record: the
 * row is marked removed and a last revision says so. Returns the lesson, whose homework list
 * the teacher's screen shows next.
 */
export async function removeHomework(ctx: CurriculumContext, id: string): Promise<Lesson> {
  return inTransaction(ctx, async (tx) => {
    const { hw, lesson, role, files } = await requireWritableHomework(tx, ctx, id);
    const viewer = viewerOf(ctx);
    const now = ctx.deps.now();
    const before = snapshot(hw, files);
    hw.revision += 1;
    hw.removedAt = now;
    hw.removedBy = viewer.personId;
    persistRevision(tx, hw, 'removed', files, viewer.personId, now);
    stageEvent(tx, CurriculumEvents.homeworkRemoved, {
      aggregateId: lesson.id,
      schoolId: lesson.schoolId,
      data: {
        homeworkId: hw.id,
        lessonId: lesson.id,
        schoolId: lesson.schoolId,
        classId: lesson.classId,
        groupId: lesson.groupId,
        subjectId: lesson.subjectId,
        studentId: hw.studentId,
        revision: hw.revision,
      },
      context: eventContext(ctx, 'subject_teacher'),
    });
    await audit(tx, ctx, {
      schoolId: lesson.schoolId,
      role,
      action: 'homework.removed',
      entityType: 'homework',
      entityId: hw.id,
      before,
      after: { removedAt: now.toISOString(), revision: hw.revision },
    });
    return lesson;
  });
}
