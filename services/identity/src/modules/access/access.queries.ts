import type { EntityManager } from '@mikro-orm/postgresql';
import { requirePerson, type PersonViewer } from '@dnevnik/auth';
import { unauthenticated } from '@dnevnik/errors';
import type { IdentityContext } from '../../context.js';
import type { SessionView } from '../../views.js';
import { Session } from './access.entities.js';

/** The viewer's session, which must still be open: the check behind every identity resolver. */
export async function requireActiveSession(
  ctx: IdentityContext,
): Promise<{ viewer: PersonViewer; session: Session }> {
  const viewer = requirePerson(ctx.viewer);
  const session = await ctx.em.findOne(Session, {
    id: viewer.sessionId,
    personId: viewer.personId,
  });
  if (!session || session.revokedAt || session.expiresAt <= new Date()) {
    throw unauthenticated('Сессия завершена. Войдите снова.');
  }
  return { viewer, session };
}

export async function listOwnSessions(ctx: IdentityContext): Promise<Session[]> {
  const { viewer } = await requireActiveSession(ctx);
  return ctx.em.find(
    Session,
    { personId: viewer.personId },
    { orderBy: { createdAt: 'desc' }, limit: 50 },
  );
}

/** Sessions revoked after `from`, oldest first: the revocation feed's page. */
export function sessionsRevokedAfter(em: EntityManager, from: Date) {
  return em.find(
    Session,
    { revokedAt: { $gt: from } },
    { fields: ['id', 'revokedAt'], orderBy: { revokedAt: 'asc' } },
  );
}

const iso = (d: Date) => d.toISOString();

export function sessionView(s: Session, viewer: PersonViewer): SessionView {
  return {
    id: s.id,
    authMethod: s.authMethod,
    createdAt: iso(s.createdAt),
    lastUsedAt: iso(s.lastUsedAt),
    expiresAt: iso(s.expiresAt),
    userAgent: s.userAgent,
    ip: s.ip,
    current: s.id === viewer.sessionId,
    revokedAt: s.revokedAt ? iso(s.revokedAt) : null,
  };
}
