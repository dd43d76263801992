import type { EntityManager } from '@mikro-orm/postgresql';
import { requireDate, requireText, requireUuid } from '@dnevnik/errors';
import {
  decodeAttachments,
  storeAttachments,
  type AttachmentInput,
  type StoredAttachment,
} from '@dnevnik/files';
import { eventContext } from '@dnevnik/service-runtime';
import type { CurriculumContext } from '../../context.js';
import { audit } from '../audit/index.js';
import { viewerOf } from '../school-access/index.js';
import {
  attachmentKey,
  commitChange,
  HOMEWORK_TEXT_MAX,
  homeworkOf,
  persistFiles,
  persistRevision,
  snapshot,
  stageHomeworkAssigned,
} from './homework-writer.js';
import { planHomework, type HomeworkDraft } from './lesson-record.rules.js';
import { Homework, HomeworkAttachment, type Lesson } from './lesson.entities.js';

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
      const hw = homeworkOf(lesson, {
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
      stageHomeworkAssigned(tx, hw, lesson, eventContext(ctx, 'subject_teacher'));
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
