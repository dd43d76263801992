import type { EntityManager } from '@mikro-orm/postgresql';
import { v7 as uuidv7 } from 'uuid';
import { CurriculumEvents } from '@dnevnik/contracts';
import { forbidden, notFound, requireUuid } from '@dnevnik/errors';
import { stageEvent, type EventContext } from '@dnevnik/events';
import type { StoredAttachment } from '@dnevnik/files';
import { eventContext } from '@dnevnik/service-runtime';
import type { CurriculumContext } from '../../context.js';
import { audit } from '../audit/index.js';
import { canRecordLesson, viewerOf } from '../school-access/index.js';
import type { HomeworkChange } from './lesson-record.rules.js';
import { Homework, HomeworkAttachment, HomeworkRevision, Lesson } from './lesson.entities.js';
import { substitutesOf } from './lesson.queries.js';

/**
 * What every write of a homework shares (S7, C2): a new homework is announced once, a change
 * once per change, a removal once. Every version is kept (G1) and every change is audited with
 * its before and after (G2).
 */

export const HOMEWORK_TEXT_MAX = 4000;

/** The same content under the same name is the same attachment. */
export const attachmentKey = (a: { key: string; fileName: string }) =>
  `${a.key}\u0000${a.fileName}`;

export function homeworkEventData(hw: Homework, lesson: Lesson) {
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

/**
 * A new homework of a lesson, general or for one student, at its first version; a new id unless
 * one is given.
 */
export function homeworkOf(
  lesson: Pick<Lesson, 'id'>,
  fields: Pick<Homework, 'studentId' | 'text' | 'dueOn' | 'createdBy' | 'createdAt'> &
    Partial<Pick<Homework, 'id'>>,
): Homework {
  return Object.assign(new Homework(), {
    id: fields.id ?? uuidv7(),
    lessonId: lesson.id,
    studentId: fields.studentId,
    text: fields.text,
    dueOn: fields.dueOn,
    createdBy: fields.createdBy,
    createdAt: fields.createdAt,
  });
}

/** A new homework's one announcement (a later change is `homeworkChanged`), keyed by its lesson. */
export function stageHomeworkAssigned(
  tx: EntityManager,
  hw: Homework,
  lesson: Lesson,
  context: EventContext,
) {
  stageEvent(tx, CurriculumEvents.homeworkAssigned, {
    aggregateId: lesson.id,
    schoolId: lesson.schoolId,
    data: homeworkEventData(hw, lesson),
    context,
  });
}

export const snapshot = (hw: Homework, attachments: readonly HomeworkAttachment[]) => ({
  text: hw.text,
  dueOn: hw.dueOn,
  studentId: hw.studentId,
  revision: hw.revision,
  attachments: attachments.map((a) => ({ id: a.id, fileName: a.fileName, size: a.size })),
});

export function persistFiles(tx: EntityManager, hw: Homework, files: readonly StoredAttachment[]) {
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

export function persistRevision(
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

/**
 * Writes one change of a homework already on the lesson: the new version, its revision row, the
 * audit entry and the one `changed` event that messaging turns into one notification.
 */
export async function commitChange(
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

/** The homework, its lesson and the role the viewer writes it in; the same rule as the lesson record. */
export async function requireWritableHomework(
  tx: EntityManager,
  ctx: CurriculumContext,
  id: string,
) {
  const hw = await tx.findOne(Homework, { id: requireUuid(id, 'id') });
  if (!hw || hw.removedAt) throw notFound('Домашнее задание');
  const lesson = await tx.findOneOrFail(Lesson, { id: hw.lessonId });
  const viewer = viewerOf(ctx);
  const substitutes = await substitutesOf(tx, lesson.id);
  if (!canRecordLesson(viewer, lesson, substitutes)) {
    throw forbidden(
      'Домашнее задание меняет учитель урока или назначенный на этот урок заменяющий учитель.',
    );
  }
  const role = substitutes.includes(viewer.personId) ? 'substitute' : 'subject_teacher';
  const files = await tx.find(HomeworkAttachment, { homeworkId: hw.id, removedAt: null });
  return { hw, lesson, role, files };
}
