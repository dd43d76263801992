import type { EntityManager } from '@mikro-orm/postgresql';
import { v7 as uuidv7 } from 'uuid';
import { EngagementEvent } from './engagement.entities.js';

/** One moment of a person's activity (C4), persisted with the caller's transaction. */
export function recordEngagement(
  tx: EntityManager,
  personId: string,
  kind: EngagementEvent['kind'],
  at: Date,
): void {
  tx.persist(Object.assign(new EngagementEvent(), { id: uuidv7(), personId, kind, at }));
}
