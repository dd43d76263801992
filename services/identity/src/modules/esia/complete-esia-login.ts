import { LockMode } from '@mikro-orm/postgresql';
import { unauthenticated } from '@dnevnik/errors';
import type { IdentityContext } from '../../context.js';
import { openSession, type IssuedTokens } from '../access/index.js';
import { EsiaLoginFlow } from './esia.entities.js';
import { sha256 } from './esia.rules.js';

/** `completeEsiaLogin(code)`: the one-time code from the callback, for the session's tokens. */
export async function completeEsiaLogin(ctx: IdentityContext, code: string): Promise<IssuedTokens> {
  const invalid = () =>
    unauthenticated('Код входа недействителен или уже использован. Войдите через Госуслуги снова.');
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(code)) throw invalid();
  const issued = await ctx.em.fork().transactional(async (tx) => {
    const flow = await tx.findOne(
      EsiaLoginFlow,
      { resultCodeHash: sha256(code) },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (!flow?.personId || flow.completedAt || !flow.resultExpiresAt) return null;
    if (flow.resultExpiresAt <= new Date()) return null;
    flow.completedAt = new Date();
    return openSession(ctx, tx, { personId: flow.personId, method: 'esia' });
  });
  if (!issued) throw invalid();
  ctx.deps.afterCommit();
  return issued;
}
