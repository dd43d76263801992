import { isPerson } from '@dnevnik/auth';
import type { EventContext } from '@dnevnik/events';
import type { BaseRequestContext } from '@dnevnik/server-kit';

/**
 * Who caused an event, for its envelope: the signed-in person (or none) in the role they acted
 * in, and the request id, so that an event can be traced to the request that staged it.
 */
export function eventContext(
  ctx: Pick<BaseRequestContext, 'viewer' | 'requestId'>,
  role: string | null,
): EventContext {
  const viewer = isPerson(ctx.viewer) ? ctx.viewer : null;
  return { actor: { personId: viewer?.personId ?? null, role }, correlationId: ctx.requestId };
}
