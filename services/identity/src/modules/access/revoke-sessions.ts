import type { EntityManager } from '@mikro-orm/postgresql';
import { appendAudit } from '@dnevnik/audit';
import type { PersonViewer } from '@dnevnik/auth';
import { IdentityEvents } from '@dnevnik/contracts';
import { stageEvent } from '@dnevnik/events';
import { eventContext, type IdentityContext } from '../../context.js';
import { Session } from './access.entities.js';

/** Ends the given sessions (those still open), each with its event and audit entry. */
export async function revokeSessionRows(
  ctx: IdentityContext,
  em: EntityManager,
  sessions: Session[],
  reason: string,
  actor: PersonViewer | null,
) {
  const now = new Date();
  for (const s of sessions) {
    if (s.revokedAt) continue;
    s.revokedAt = now;
    s.revokeReason = reason;
    stageEvent(em, IdentityEvents.sessionRevoked, {
      aggregateId: s.id,
      schoolId: null,
      data: { sessionId: s.id, personId: s.personId, reason },
      context: eventContext(ctx, actor, actor ? null : 'system'),
    });
    await appendAudit(em, {
      chain: 'sessions',
      actorPersonId: actor?.personId ?? null,
      actorRole: actor ? null : 'system',
      action: 'session.revoked',
      entityType: 'session',
      entityId: s.id,
      schoolId: null,
      before: { revokedAt: null },
      after: { revokedAt: now, reason },
    });
  }
}

/** Ends every open session of a person: after a role change or a lost guardianship. */
export async function revokeAllSessions(
  ctx: IdentityContext,
  em: EntityManager,
  personId: string,
  reason: string,
) {
  const open = await em.find(Session, { personId, revokedAt: null });
  await revokeSessionRows(ctx, em, open, reason, ctx.viewer.kind === 'person' ? ctx.viewer : null);
}
