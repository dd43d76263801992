import type { EntityManager } from '@mikro-orm/postgresql';
import { appendAudit } from '@dnevnik/audit';
import { requirePerson, type PersonViewer } from '@dnevnik/auth';
import type { CurriculumContext } from '../context.js';

export { inTransaction } from '@dnevnik/service-runtime';

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
