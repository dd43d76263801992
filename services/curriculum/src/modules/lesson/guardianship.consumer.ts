import type { EntityManager } from '@mikro-orm/postgresql';
import { IdentityEvents } from '@dnevnik/contracts';
import { on, type EventEnvelope } from '@dnevnik/events';
import { Guardianship } from './lesson.entities.js';

type LinkEvent = EventEnvelope<{
  linkId: string;
  parentId: string;
  childId: string;
  verified: boolean;
}>;

async function upsert(em: EntityManager, event: LinkEvent, active: boolean) {
  const row = (await em.findOne(Guardianship, { linkId: event.data.linkId })) ?? new Guardianship();
  Object.assign(row, {
    linkId: event.data.linkId,
    parentId: event.data.parentId,
    childId: event.data.childId,
    verified: event.data.verified,
    active,
  });
  em.persist(row);
  await em.flush();
}

/**
 * Curriculum's copy of identity's parent–child links, so it can show a parent their child's
 * timetable and homework without calling identity (A8). Only verified, active links count.
 */
export const guardianshipHandlers = [
  on(IdentityEvents.guardianshipLinked, (em, event) => upsert(em, event, true)),
  on(IdentityEvents.guardianshipVerified, (em, event) => upsert(em, event, true)),
  on(IdentityEvents.guardianshipRemoved, (em, event) => upsert(em, event, false)),
];
