import { LockMode } from '@mikro-orm/postgresql';
import { unauthenticated } from '@dnevnik/errors';
import type { IdentityContext } from '../../context.js';
import { RefreshToken, Session } from './access.entities.js';
import { issueTokens, sha256, type IssuedTokens } from './issue-tokens.js';
import { revokeSessionRows } from './revoke-sessions.js';

/** A single-use refresh token for new tokens; a reused one ends its whole session (A10). */
export async function refresh(ctx: IdentityContext, token: string): Promise<IssuedTokens> {
  const em = ctx.em.fork();
  const invalid = () => unauthenticated('Сессия завершена. Войдите снова.');
  const result = await em.transactional(async (tx) => {
    const row = await tx.findOne(
      RefreshToken,
      { tokenHash: sha256(token) },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (!row) return { error: invalid() };
    const session = await tx.findOne(Session, { id: row.sessionId });
    if (!session || session.revokedAt || session.expiresAt <= new Date())
      return { error: invalid() };
    if (row.usedAt) {
      // A used token presented again means it was copied: end the whole session (A10).
      await revokeSessionRows(ctx, tx, [session], 'refresh_token_reuse', null);
      ctx.logger.warn({ sessionId: session.id }, 'refresh token reuse detected; session revoked');
      return { error: invalid() };
    }
    row.usedAt = new Date();
    session.lastUsedAt = new Date();
    return { issued: await issueTokens(ctx, tx, session) };
  });
  if ('error' in result) throw result.error;
  ctx.deps.afterCommit();
  return result.issued;
}
