import type { EntityManager } from '@mikro-orm/postgresql';
import type { CheckpointReport } from '@dnevnik/audit';
import { requirePerson } from '@dnevnik/auth';
import { forbidden, requireDate, requireUuid } from '@dnevnik/errors';
import {
  journalKey,
  requireAssignment,
  schoolOfStudent,
  type RmAssignment,
} from '@dnevnik/school-facts';
import type { GradebookContext } from '../../context.js';
import { journalCheckpoint } from '../checkpoints/index.js';
import { verifyMarkChain, type JournalVerdict } from './mark-chain.rules.js';
import { canReadStudentMarks, canVerifyJournal } from './marks.access.js';
import { Mark } from './marks.entities.js';

/** The journal a mark belongs to: class (or group) × subject × school year. */
export async function journalKeyOf(
  em: EntityManager,
  assignmentId: string,
): Promise<{ key: string; assignment: RmAssignment }> {
  const assignment = await requireAssignment(em, assignmentId);
  return { key: journalKey(assignment), assignment };
}

/** Marks not replaced by a correction. */
export function currentOnly(marks: readonly Mark[]): Mark[] {
  const replaced = new Set(marks.map((m) => m.replacesMarkId).filter(Boolean));
  return marks.filter((m) => !replaced.has(m.id));
}

/** Marks of a student the viewer may see, including replaced ones (the history stays visible). */
export async function studentMarks(
  ctx: GradebookContext,
  studentId: string,
  from: string,
  to: string,
): Promise<Mark[]> {
  const viewer = requirePerson(ctx.viewer);
  requireDate(from, 'from');
  requireDate(to, 'to');
  const marks = await ctx.em.find(
    Mark,
    { studentId: requireUuid(studentId, 'studentId'), lessonDate: { $gte: from, $lte: to } },
    { orderBy: { seq: 'asc' } },
  );
  const children = await ctx.childIds();
  const visible = marks.filter((m) =>
    canReadStudentMarks(viewer, m.schoolId, m.studentId, children),
  );
  if (marks.length > 0 && visible.length === 0)
    throw forbidden('Нет доступа к отметкам этого ученика.');
  if (marks.length === 0 && viewer.personId !== studentId && !children.has(studentId)) {
    // Answer the same for "no marks" and "not yours" only to staff; others learn nothing.
    const school = await schoolOfStudent(ctx.em, studentId);
    if (!school || !canReadStudentMarks(viewer, school, studentId, children))
      throw forbidden('Нет доступа к отметкам этого ученика.');
  }
  return visible;
}

/** Marks of a lesson the viewer may see (Lesson.marks in the graph). */
export async function lessonMarks(ctx: GradebookContext, lessonId: string): Promise<Mark[]> {
  const viewer = requirePerson(ctx.viewer);
  const marks = await ctx.marks.byLesson.load(lessonId);
  const children = await ctx.childIds();
  return marks.filter((m) => canReadStudentMarks(viewer, m.schoolId, m.studentId, children));
}

/**
 * M4, G2: verifies a journal's chain, naming the first mark that does not verify, and compares
 * it with the latest signed checkpoint kept outside the database, which the chain alone cannot
 * do: deleted newest marks leave a chain that still links (ADR 0009).
 */
export async function verifyJournal(
  ctx: GradebookContext,
  assignmentId: string,
): Promise<{ chain: JournalVerdict; checkpoint: CheckpointReport }> {
  const viewer = requirePerson(ctx.viewer);
  const { key, assignment } = await journalKeyOf(ctx.em, requireUuid(assignmentId, 'assignmentId'));
  if (!canVerifyJournal(viewer, assignment.schoolId))
    throw forbidden('Проверку журнала проводит руководство школы.');
  const marks = await ctx.em.find(Mark, { journalKey: key }, { orderBy: { seq: 'asc' } });
  return {
    chain: verifyMarkChain(marks),
    checkpoint: await journalCheckpoint(
      ctx.deps.witness,
      key,
      marks.map((m) => m.hash),
    ),
  };
}
