import type { EntityManager } from '@mikro-orm/postgresql';
import { appendAudit, AUDIT_LOG_CHAINS } from '@dnevnik/audit';
import type { CurriculumContext } from '../../context.js';

/** Curriculum's audit chains (one per school) checkpointed as `audit:<chain>` (ADR 0009). */
export const CURRICULUM_CHAIN_SOURCES = [AUDIT_LOG_CHAINS];

/** One audit chain per school: a director verifies their school's record as a whole (G2). */
export const schoolChain = (schoolId: string) => `school:${schoolId}`;

/** Appends a change to its school's audit chain, in the change's transaction. */
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
    chain: schoolChain(entry.schoolId),
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
