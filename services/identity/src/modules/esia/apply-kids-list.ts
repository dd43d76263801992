import type { EntityManager } from '@mikro-orm/postgresql';
import { v7 as uuidv7 } from 'uuid';
import { appendAudit } from '@dnevnik/audit';
import { IdentityEvents } from '@dnevnik/contracts';
import type { EsiaKidData } from '@dnevnik/esia';
import { stageEvent, type EventContext } from '@dnevnik/events';
import type { RouteContext } from '../../context.js';
import { ParentLink, Person, RoleAssignment } from '../people/index.js';
import { kidLinkAction, personMatches, type KidLinkAction } from './esia.rules.js';

const linkData = (l: ParentLink) => ({
  linkId: l.id,
  parentId: l.parentId,
  childId: l.childId,
  verified: l.verified,
});

async function applyKidAction(
  tx: EntityManager,
  action: Exclude<KidLinkAction, 'none'>,
  link: { parentId: string; childId: string; current: ParentLink | null; schoolId: string },
  context: EventContext,
) {
  const now = new Date();
  const audit = (action: string, entityId: string, before: unknown, after: unknown) =>
    appendAudit(tx, {
      chain: `school:${link.schoolId}`,
      actorPersonId: link.parentId,
      actorRole: 'parent',
      action,
      entityType: 'parent_link',
      entityId,
      schoolId: link.schoolId,
      before,
      after,
    });
  if (action === 'create_verified' || action === 'create_unverified') {
    const verified = action === 'create_verified';
    const created = Object.assign(new ParentLink(), {
      id: uuidv7(),
      parentId: link.parentId,
      childId: link.childId,
      source: 'esia',
      verified,
      verifiedAt: verified ? now : null,
      esiaConfirmedAt: verified ? now : null,
      createdBy: link.parentId,
    });
    tx.persist(created);
    await tx.flush();
    stageEvent(tx, IdentityEvents.guardianshipLinked, {
      aggregateId: created.childId,
      schoolId: link.schoolId,
      data: linkData(created),
      context,
    });
    await audit('guardianship.linked', created.id, null, { ...linkData(created), source: 'esia' });
    return;
  }
  const current = link.current!;
  if (action === 'verify') {
    Object.assign(current, {
      verified: true,
      verifiedAt: now,
      verifiedBy: null,
      esiaConfirmedAt: now,
    });
    stageEvent(tx, IdentityEvents.guardianshipVerified, {
      aggregateId: current.childId,
      schoolId: link.schoolId,
      data: linkData(current),
      context,
    });
    await audit(
      'guardianship.verified',
      current.id,
      { verified: false },
      { verified: true, by: 'esia' },
    );
    return;
  }
  current.esiaConfirmedAt = now;
  await audit(
    'guardianship.esia_confirmed',
    current.id,
    { esiaConfirmedAt: null },
    { esiaConfirmedAt: now },
  );
}

/**
 * Checks a parent's links against ESIA's kids list (A8): each child is matched like a login, by
 * СНИЛС, name and birth date, among the journal's students; kidLinkAction decides the rest.
 */
export async function applyKidsList(
  ctx: RouteContext,
  tx: EntityManager,
  parentId: string,
  kids: EsiaKidData[],
) {
  const context: EventContext = {
    actor: { personId: parentId, role: 'parent' },
    correlationId: ctx.requestId,
  };
  const counts: Record<KidLinkAction, number> = {
    create_verified: 0,
    create_unverified: 0,
    verify: 0,
    confirm: 0,
    none: 0,
  };
  for (const kid of kids) {
    const child = kid.snils ? await tx.findOne(Person, { snils: kid.snils }) : null;
    if (!child || child.id === parentId || !personMatches(child, kid)) continue;
    const student = await tx.findOne(
      RoleAssignment,
      { personId: child.id, role: 'student', revokedAt: null },
      { orderBy: { grantedAt: 'desc' } },
    );
    if (!student?.schoolId) continue;
    const links = await tx.find(ParentLink, { parentId, childId: child.id });
    const current = links.find((l) => !l.removedAt) ?? null;
    const action = kidLinkAction(kid.verified, {
      current: current && {
        verified: current.verified,
        esiaConfirmed: current.esiaConfirmedAt !== null,
      },
      removedBefore: links.some((l) => l.removedAt),
    });
    counts[action] += 1;
    if (action !== 'none') {
      await applyKidAction(
        tx,
        action,
        { parentId, childId: child.id, current, schoolId: student.schoolId },
        context,
      );
    }
  }
  // Counts only: who the children are stays out of the logs (G5).
  ctx.logger.info({ kids: kids.length, ...counts }, 'ESIA kids list applied');
}
