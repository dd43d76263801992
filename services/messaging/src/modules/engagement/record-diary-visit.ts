import { requirePerson } from '@dnevnik/auth';
import { inTransaction } from '@dnevnik/service-runtime';
import type { MessagingContext } from '../../context.js';
import { recordEngagement } from './record-engagement.js';

/** The client tells when a parent or student opens the diary (C4). */
export async function recordDiaryVisit(ctx: MessagingContext): Promise<boolean> {
  const viewer = requirePerson(ctx.viewer);
  return inTransaction(ctx, async (tx) => {
    recordEngagement(tx, viewer.personId, 'diary_opened', ctx.deps.now());
    return true;
  });
}
