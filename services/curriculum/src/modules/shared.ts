import type { EntityManager } from '@mikro-orm/postgresql';
import { appendAudit } from '@dnevnik/audit';
import { requirePerson, type PersonViewer } from '@dnevnik/auth';
import type { CurriculumContext } from '../context.js';

/** Runs a change with its audit entries and events in one transaction, then wakes the relay. */
export async function inTransaction<T>(
  ctx: CurriculumContext,
  work: (tx: EntityManager) => Promise<T>,
): Promise<T> {
  const result = await ctx.em.fork().transactional(work);
  ctx.deps.afterCommit();
  return result;
}

/** One audit chain per school: a director verifies their school's record as a whole (G2). */
export async function audit(
  tx: EntityManager,
  ctx: CurriculumContext,
  entry: {
    schoolId: string;
    role: string | null;
    action: string;
    entityType: string;
    entityId: string;
    before: unknown;
    after: unknown;
  },
) {
  const viewer = ctx.viewer.kind === 'person' ? ctx.viewer : null;
  await appendAudit(tx, {
    chain: `school:${entry.schoolId}`,
    actorPersonId: viewer?.personId ?? null,
    actorRole: entry.role,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    schoolId: entry.schoolId,
    before: entry.before,
    after: entry.after,
  });
}

export const viewerOf = (ctx: CurriculumContext): PersonViewer => requirePerson(ctx.viewer);
