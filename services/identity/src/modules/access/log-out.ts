import type { IdentityContext } from '../../context.js';
import { Session } from './access.entities.js';
import { requireActiveSession } from './access.queries.js';
import { revokeSessionRows } from './revoke-sessions.js';

/** Ends the current session. */
export async function logout(ctx: IdentityContext): Promise<boolean> {
  const { viewer, session } = await requireActiveSession(ctx);
  await ctx.em.fork().transactional(async (tx) => {
    const s = await tx.findOneOrFail(Session, { id: session.id });
    await revokeSessionRows(ctx, tx, [s], 'logout', viewer);
  });
  ctx.deps.afterCommit();
  return true;
}
