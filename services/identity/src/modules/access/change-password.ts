import { appendAudit } from '@dnevnik/audit';
import { badInput } from '@dnevnik/errors';
import type { IdentityContext } from '../../context.js';
import { Account } from './access.entities.js';
import { requireActiveSession } from './access.queries.js';
import { hashPassword, verifyPassword } from './hash-password.js';
import { passwordProblem } from './password.rules.js';

export async function changePassword(
  ctx: IdentityContext,
  current: string,
  next: string,
): Promise<boolean> {
  const { viewer } = await requireActiveSession(ctx);
  const problem = passwordProblem(next);
  if (problem) throw badInput(problem, { field: 'newPassword' });
  const em = ctx.em.fork();
  const account = await em.findOne(Account, { personId: viewer.personId, disabledAt: null });
  if (!account || !(await verifyPassword(current, account.passwordHash))) {
    throw badInput('Текущий пароль указан неверно.', { field: 'currentPassword' });
  }
  account.passwordHash = await hashPassword(next, ctx.deps.passwordLogN);
  await em.transactional(async (tx) => {
    tx.persist(account);
    await appendAudit(tx, {
      chain: 'sessions',
      actorPersonId: viewer.personId,
      actorRole: null,
      action: 'account.password_changed',
      entityType: 'account',
      entityId: account.id,
      schoolId: null,
      before: null,
      after: null,
    });
  });
  return true;
}
