import type { EntityManager } from '@mikro-orm/postgresql';
import { v7 as uuidv7 } from 'uuid';
import { appendAudit } from '@dnevnik/audit';
import type { AuthMethod } from '@dnevnik/auth';
import type { IdentityContext } from '../../context.js';
import { Session } from './access.entities.js';
import { issueTokens, type IssuedTokens } from './issue-tokens.js';

/**
 * Opens a session for a person who has just proved who they are (password, temporary login or
 * ESIA), with its first tokens and its audit entry, inside the caller's transaction.
 */
export async function openSession(
  ctx: IdentityContext,
  tx: EntityManager,
  input: { personId: string; method: AuthMethod; notAfter?: Date | null },
): Promise<IssuedTokens> {
  const session = new Session();
  session.id = uuidv7();
  session.personId = input.personId;
  session.authMethod = input.method;
  session.ip = ctx.source.ip;
  session.userAgent = ctx.source.userAgent?.slice(0, 300) ?? null;
  const maxLife = Date.now() + ctx.deps.refreshTokenTtlDays * 86_400_000;
  session.expiresAt = new Date(
    input.notAfter ? Math.min(input.notAfter.getTime(), maxLife) : maxLife,
  );
  tx.persist(session);
  const issued = await issueTokens(ctx, tx, session);
  await appendAudit(tx, {
    chain: 'sessions',
    actorPersonId: input.personId,
    actorRole: null,
    action: 'session.opened',
    entityType: 'session',
    entityId: session.id,
    schoolId: null,
    before: null,
    after: { personId: input.personId, authMethod: input.method, expiresAt: session.expiresAt },
  });
  return issued;
}
