import { badInput, requireDate, requireText, requireUuid } from '@dnevnik/errors';
import { decodeAttachments, storeAttachments, type AttachmentInput } from '@dnevnik/files';
import { inTransaction } from '@dnevnik/service-runtime';
import type { CurriculumContext } from '../../context.js';
import {
  attachmentKey,
  commitChange,
  HOMEWORK_TEXT_MAX,
  persistFiles,
  requireWritableHomework,
  snapshot,
} from './homework-writer.js';
import { editHomework } from './lesson-record.rules.js';
import type { Homework } from './lesson.entities.js';

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
