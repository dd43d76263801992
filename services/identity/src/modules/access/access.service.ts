import { createHash, randomBytes } from 'node:crypto';
import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { v7 as uuidv7 } from 'uuid';
import { appendAudit } from '@dnevnik/audit';
import { requirePerson, type AuthMethod, type PersonViewer, type RoleGrant } from '@dnevnik/auth';
import { AppError, badInput, forbidden, notFound, unauthenticated } from '@dnevnik/errors';
import { stageEvent } from '@dnevnik/events';
import { eventContext, type IdentityContext } from '../../context.js';
import { IdentityEvents } from '@dnevnik/contracts';
import { Person, RoleAssignment } from '../people/people.entities.js';
import { canManageSchoolPeople } from '../people/people.rules.js';
import { Account, LoginAttempt, RefreshToken, Session } from './access.entities.js';
import { generatePassword, hashPassword, passwordProblem, verifyPassword } from './password.js';
import {
  decideLoginAttempt,
  DEFAULT_THROTTLE,
  failuresSinceLastSuccess,
} from './throttle.rules.js';

export type AccessTokenIssuer = (
  viewer: PersonViewer,
) => Promise<{ token: string; expiresAt: Date }>;

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
const INVALID_LOGIN = 'Неверный логин или пароль.';
/** Verified against when the login is unknown, so both failures take the same time. */
let decoyHash: Promise<string> | null = null;

export interface IssuedTokens {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  viewer: PersonViewer;
  session: Session;
}

async function activeGrants(em: EntityManager, personId: string): Promise<RoleGrant[]> {
  const rows = await em.find(
    RoleAssignment,
    { personId, revokedAt: null },
    { orderBy: { grantedAt: 'asc' } },
  );
  return rows.map((r) => ({
    role: r.role,
    regionId: r.regionId,
    schoolId: r.schoolId,
    classId: r.classId,
  }));
}

async function newRefreshToken(em: EntityManager, sessionId: string): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const row = new RefreshToken();
  row.id = uuidv7();
  row.sessionId = sessionId;
  row.tokenHash = sha256(token);
  em.persist(row);
  return token;
}

async function issueFor(
  ctx: IdentityContext,
  em: EntityManager,
  session: Session,
): Promise<IssuedTokens> {
  const viewer: PersonViewer = {
    kind: 'person',
    personId: session.personId,
    sessionId: session.id,
    authMethod: session.authMethod,
    roles: await activeGrants(em, session.personId),
  };
  const refreshToken = await newRefreshToken(em, session.id);
  const { token, expiresAt } = await ctx.deps.issueAccessToken(viewer);
  return { accessToken: token, accessTokenExpiresAt: expiresAt, refreshToken, viewer, session };
}

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

/**
 * Opens a session for a person who has just proved who they are (password, temporary login or
 * ESIA), with its first tokens and its audit entry, inside the caller's transaction.
 */
export async function openSession(
  ctx: IdentityContext,
  tx: EntityManager,
  input: { personId: string; method: AuthMethod; notAfter?: Date | null },
): Promise<IssuedTokens> {
  const session = new Session();
  session.id = uuidv7();
  session.personId = input.personId;
  session.authMethod = input.method;
  session.ip = ctx.source.ip;
  session.userAgent = ctx.source.userAgent?.slice(0, 300) ?? null;
  const maxLife = Date.now() + ctx.deps.refreshTokenTtlDays * 86_400_000;
  session.expiresAt = new Date(
    input.notAfter ? Math.min(input.notAfter.getTime(), maxLife) : maxLife,
  );
  tx.persist(session);
  const issued = await issueFor(ctx, tx, session);
  await appendAudit(tx, {
    chain: 'sessions',
    actorPersonId: input.personId,
    actorRole: null,
    action: 'session.opened',
    entityType: 'session',
    entityId: session.id,
    schoolId: null,
    before: null,
    after: { personId: input.personId, authMethod: input.method, expiresAt: session.expiresAt },
  });
  return issued;
}

async function revokeSessionRows(
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

export async function refresh(ctx: IdentityContext, token: string): Promise<IssuedTokens> {
  const em = ctx.em.fork();
  const invalid = () => unauthenticated('Сессия завершена. Войдите снова.');
  const result = await em.transactional(async (tx) => {
    const row = await tx.findOne(
      RefreshToken,
      { tokenHash: sha256(token) },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (!row) return { error: invalid() };
    const session = await tx.findOne(Session, { id: row.sessionId });
    if (!session || session.revokedAt || session.expiresAt <= new Date())
      return { error: invalid() };
    if (row.usedAt) {
      // A used token presented again means it was copied: end the whole session (A10).
      await revokeSessionRows(ctx, tx, [session], 'refresh_token_reuse', null);
      ctx.logger.warn({ sessionId: session.id }, 'refresh token reuse detected; session revoked');
      return { error: invalid() };
    }
    row.usedAt = new Date();
    session.lastUsedAt = new Date();
    return { issued: await issueFor(ctx, tx, session) };
  });
  if ('error' in result) throw result.error;
  ctx.deps.afterCommit();
  return result.issued;
}

/** The viewer's session, which must still be open: the check behind every identity resolver. */
export async function requireActiveSession(
  ctx: IdentityContext,
): Promise<{ viewer: PersonViewer; session: Session }> {
  const viewer = requirePerson(ctx.viewer);
  const session = await ctx.em.findOne(Session, {
    id: viewer.sessionId,
    personId: viewer.personId,
  });
  if (!session || session.revokedAt || session.expiresAt <= new Date()) {
    throw unauthenticated('Сессия завершена. Войдите снова.');
  }
  return { viewer, session };
}

export async function logout(ctx: IdentityContext): Promise<boolean> {
  const { viewer, session } = await requireActiveSession(ctx);
  await ctx.em.fork().transactional(async (tx) => {
    const s = await tx.findOneOrFail(Session, { id: session.id });
    await revokeSessionRows(ctx, tx, [s], 'logout', viewer);
  });
  ctx.deps.afterCommit();
  return true;
}

export async function revokeOwnSession(ctx: IdentityContext, id: string): Promise<Session> {
  const { viewer } = await requireActiveSession(ctx);
  const revoked = await ctx.em.fork().transactional(async (tx) => {
    const s = await tx.findOne(Session, { id, personId: viewer.personId });
    if (!s) throw notFound('Сеанс');
    await revokeSessionRows(ctx, tx, [s], 'revoked_by_owner', viewer);
    return s;
  });
  ctx.deps.afterCommit();
  return revoked;
}

export async function listOwnSessions(ctx: IdentityContext): Promise<Session[]> {
  const { viewer } = await requireActiveSession(ctx);
  return ctx.em.find(
    Session,
    { personId: viewer.personId },
    { orderBy: { createdAt: 'desc' }, limit: 50 },
  );
}

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
