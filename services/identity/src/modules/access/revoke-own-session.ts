import { notFound } from '@dnevnik/errors';
import type { IdentityContext } from '../../context.js';
import { Session } from './access.entities.js';
import { requireActiveSession } from './access.queries.js';
import { revokeSessionRows } from './revoke-sessions.js';

/** Ends one of the viewer's own sessions (A10). */
export async function revokeOwnSession(ctx: IdentityContext, id: string): Promise<Session> {
  const { viewer } = await requireActiveSession(ctx);
  const revoked = await ctx.em.fork().transactional(async (tx) => {
    const s = await tx.findOne(Session, { id, personId: viewer.personId });
    if (!s) throw notFound('Сеанс');
    await revokeSessionRows(ctx, tx, [s], 'revoked_by_owner', viewer);
    return s;
  });
  ctx.deps.afterCommit();
  return revoked;
}
