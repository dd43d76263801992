import { randomBytes } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { appendAudit } from '@dnevnik/audit';
import { badInput, forbidden, notFound } from '@dnevnik/errors';
import type { IdentityContext } from '../../context.js';
import { canManageSchoolPeople, Person } from '../people/index.js';
import { Account } from './access.entities.js';
import { requireActiveSession } from './access.queries.js';
import { generatePassword, hashPassword } from './hash-password.js';

/**
 * A9: for a person without an ESIA account, the school administrator issues a temporary login
 * on a written application, recorded with its reason and an expiry.
 */
export async function issueTemporaryCredentials(
  ctx: IdentityContext,
  input: { personId: string; reason: string; validDays: number },
): Promise<{ login: string; password: string; expiresAt: Date }> {
  const { viewer } = await requireActiveSession(ctx);
  const reason = input.reason.trim();
  if (reason.length < 5 || reason.length > 500) {
    throw badInput('Укажите причину из заявления (от 5 до 500 символов).', { field: 'reason' });
  }
  if (!Number.isInteger(input.validDays) || input.validDays < 1 || input.validDays > 30) {
    throw badInput('Срок действия временного логина — от 1 до 30 дней.', { field: 'validDays' });
  }
  const grants = await ctx.loaders.grants.load(input.personId);
  const school = grants.map((g) => g.schoolId).find((s) => s && canManageSchoolPeople(viewer, s));
  if (!school) throw forbidden('Временный логин выдаёт администратор школы этого человека.');
  const person = await ctx.em.findOne(Person, { id: input.personId });
  if (!person) throw notFound('Человек');

  const password = generatePassword();
  const passwordHash = await hashPassword(password, ctx.deps.passwordLogN);
  const expiresAt = new Date(Date.now() + input.validDays * 86_400_000);
  const login = `t${randomBytes(5).toString('hex')}`;
  await ctx.em.fork().transactional(async (tx) => {
    const existing = await tx.findOne(Account, { personId: input.personId });
    const account = existing ?? new Account();
    const before = existing ? { kind: existing.kind, expiresAt: existing.expiresAt } : null;
    if (!existing) {
      account.id = uuidv7();
      account.personId = input.personId;
    }
    Object.assign(account, {
      login,
      passwordHash,
      kind: 'temporary',
      temporaryReason: reason,
      expiresAt,
      issuedBy: viewer.personId,
      disabledAt: null,
    });
    tx.persist(account);
    await appendAudit(tx, {
      chain: `school:${school}`,
      actorPersonId: viewer.personId,
      actorRole: 'school_admin',
      action: 'account.temporary_issued',
      entityType: 'account',
      entityId: account.id,
      schoolId: school,
      before,
      after: { kind: 'temporary', reason, expiresAt },
    });
  });
  return { login, password, expiresAt };
}
