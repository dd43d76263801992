import { AppError, badInput, unauthenticated } from '@dnevnik/errors';
import type { IdentityContext } from '../../context.js';
import { Account, LoginAttempt } from './access.entities.js';
import { hashPassword, verifyPassword } from './hash-password.js';
import { sha256, type IssuedTokens } from './issue-tokens.js';
import { openSession } from './open-session.js';
import {
  decideLoginAttempt,
  DEFAULT_THROTTLE,
  failuresSinceLastSuccess,
} from './throttle.rules.js';

const INVALID_LOGIN = 'Неверный логин или пароль.';
/** Verified against when the login is unknown, so both failures take the same time. */
let decoyHash: Promise<string> | null = null;

export async function login(
  ctx: IdentityContext,
  input: { login: string; password: string },
): Promise<IssuedTokens> {
  const loginName = input.login.trim().toLowerCase();
  if (!loginName || !input.password) throw badInput('Введите логин и пароль.');
  if (loginName.length > 100 || input.password.length > 256) throw unauthenticated(INVALID_LOGIN);
  const accountKey = sha256(`login:${loginName}`);
  const sourceKey = sha256(`source:${ctx.source.ip ?? 'unknown'}`);
  const now = new Date();
  const since = new Date(now.getTime() - DEFAULT_THROTTLE.windowMs);
  const pairSince = new Date(now.getTime() - DEFAULT_THROTTLE.pairWindowMs);
  const em = ctx.em.fork();

  const [pairAttempts, accountFailures, sourceFailures] = await Promise.all([
    // Past the maximum delay more history changes nothing, hence the limit.
    em.find(
      LoginAttempt,
      { accountKey, sourceKey, attemptedAt: { $gte: pairSince } },
      {
        orderBy: { attemptedAt: 'desc', id: 'desc' },
        fields: ['attemptedAt', 'succeeded'],
        limit: 64,
      },
    ),
    em.count(LoginAttempt, { accountKey, succeeded: false, attemptedAt: { $gte: since } }),
    em.count(LoginAttempt, { sourceKey, succeeded: false, attemptedAt: { $gte: since } }),
  ]);
  const decision = decideLoginAttempt(
    {
      pair: failuresSinceLastSuccess(pairAttempts),
      account: accountFailures,
      source: sourceFailures,
    },
    now,
  );

  if (!decision.allowed) {
    // Not recorded: an attempt refused unchecked is no failure and extends no delay.
    ctx.logger.warn(
      { reason: decision.reason, retryAfterSeconds: decision.retryAfterSeconds },
      'login attempt throttled',
    );
    throw new AppError(
      'TOO_MANY_REQUESTS',
      `Слишком много неудачных попыток входа с этого адреса. Повторите через ${decision.retryAfterSeconds} с.`,
      { retryAfterSeconds: decision.retryAfterSeconds },
    );
  }

  // Recorded as a failure before the password is checked, so that requests sent side by side
  // see each other; it becomes a success only once the password has been verified.
  const attempt = new LoginAttempt();
  attempt.accountKey = accountKey;
  attempt.sourceKey = sourceKey;
  attempt.succeeded = false;
  attempt.attemptedAt = now;
  await em.fork().persistAndFlush(attempt);
  const recordSuccess = () =>
    em.fork().nativeUpdate(LoginAttempt, { id: attempt.id! }, { succeeded: true });

  const account = await em.findOne(Account, { login: loginName, disabledAt: null });
  const valid = account
    ? await verifyPassword(input.password, account.passwordHash)
    : await verifyPassword(
        input.password,
        await (decoyHash ??= hashPassword('decoy', ctx.deps.passwordLogN)),
      );
  const expired = account?.expiresAt ? account.expiresAt <= now : false;
  if (!account || !valid || expired) {
    if (account && valid && expired) {
      throw unauthenticated(
        'Срок действия временного логина истёк. Обратитесь к администратору школы.',
      );
    }
    throw unauthenticated(INVALID_LOGIN);
  }
  await recordSuccess();

  return em.transactional((tx) =>
    openSession(ctx, tx, {
      personId: account.personId,
      method: account.kind === 'temporary' ? 'temporary' : 'password',
      // Temporary credentials end the session when they expire (A9).
      notAfter: account.expiresAt,
    }),
  );
}
