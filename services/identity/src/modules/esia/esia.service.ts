import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { v7 as uuidv7 } from 'uuid';
import { appendAudit } from '@dnevnik/audit';
import { IdentityEvents } from '@dnevnik/contracts';
import { unauthenticated } from '@dnevnik/errors';
import {
  callbackError,
  createPkcePair,
  EsiaError,
  type EsiaKidData,
  type EsiaPersonData,
} from '@dnevnik/esia';
import { stageEvent, type EventContext } from '@dnevnik/events';
import { inTransaction } from '@dnevnik/service-runtime';
import type { IdentityContext } from '../../context.js';
import { openSession, type IssuedTokens } from '../access/access.service.js';
import { ParentLink, Person, RoleAssignment } from '../people/people.entities.js';
import type { EsiaSettings } from './esia.config.js';
import { EsiaAccount, EsiaLoginFlow, type EsiaLoginPurpose } from './esia.entities.js';
import {
  failureOfEsiaError,
  kidLinkAction,
  personMatches,
  type EsiaFailure,
  type KidLinkAction,
} from './esia.rules.js';

/** The person's time at ESIA's login page; ESIA's own session lasts about as long. */
const FLOW_TTL_MS = 10 * 60_000;
/** The SPA exchanges the one-time code right after the redirect. */
const RESULT_TTL_MS = 2 * 60_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/** A login that ended without a session, for a reason the person is told. */
export class EsiaLoginFailure extends Error {
  constructor(
    readonly reason: EsiaFailure,
    readonly esiaCode: string | null = null,
  ) {
    super(`ESIA login failed: ${reason}`);
    this.name = 'EsiaLoginFailure';
  }
}

/**
 * Starts a login: a fresh state (UUID v4), PKCE pair and nonce, kept server-side for ten minutes,
 * and a key for the browser's cookie. Returns where to send the browser.
 */
export async function startEsiaLogin(
  ctx: IdentityContext,
  settings: EsiaSettings,
  purpose: EsiaLoginPurpose,
): Promise<{ location: string; browserKey: string }> {
  const pkce = createPkcePair();
  const browserKey = randomBytes(32).toString('base64url');
  const now = Date.now();
  const flow = Object.assign(new EsiaLoginFlow(), {
    id: uuidv7(),
    state: randomUUID(),
    browserKeyHash: sha256(browserKey),
    codeVerifier: pkce.verifier,
    nonce: randomBytes(16).toString('base64url'),
    scope: purpose === 'parent' ? settings.parentScopes : settings.scopes,
    purpose,
    expiresAt: new Date(now + FLOW_TTL_MS),
  });
  await ctx.em.fork().transactional(async (tx) => {
    tx.persist(flow);
    // Abandoned flows are kept a day for diagnosis, then cleared by the logins that follow.
    await tx.nativeDelete(EsiaLoginFlow, { expiresAt: { $lt: new Date(now - 86_400_000) } });
  });
  const location = await settings.client.authorizationUrl({
    scope: flow.scope,
    state: flow.state,
    codeChallenge: pkce.challenge,
    nonce: flow.nonce,
  });
  return { location, browserKey };
}

/** Takes the flow for this state once, for the browser that started it; null otherwise. */
async function consumeFlow(
  ctx: IdentityContext,
  state: string,
  browserKey: string,
): Promise<EsiaLoginFlow | null> {
  return ctx.em.fork().transactional(async (tx) => {
    const flow = await tx.findOne(
      EsiaLoginFlow,
      { state },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (!flow || flow.callbackAt || flow.expiresAt <= new Date()) return null;
    if (flow.browserKeyHash !== sha256(browserKey)) return null;
    const taken = { ...flow };
    // Whatever happens next, this state and verifier are spent: a replayed callback finds nothing.
    flow.callbackAt = new Date();
    flow.codeVerifier = null;
    return taken;
  });
}

function asFailure(ctx: IdentityContext, err: EsiaError): EsiaLoginFailure {
  ctx.logger.warn({ kind: err.kind, esiaCode: err.code, reason: err.message }, 'ESIA login failed');
  return new EsiaLoginFailure(failureOfEsiaError(err), err.code);
}

async function fromEsia<T>(ctx: IdentityContext, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    throw err instanceof EsiaError ? asFailure(ctx, err) : err;
  }
}

/**
 * The first ESIA login links the account to the person the school registered with the same СНИЛС,
 * name and birth date; later logins find the person by oid. Nobody is ever created here.
 */
async function linkAccount(
  ctx: IdentityContext,
  tx: EntityManager,
  oid: string,
  esia: EsiaPersonData & { snils: string },
): Promise<string> {
  const linked = await tx.findOne(EsiaAccount, { oid });
  if (linked) {
    const person = await tx.findOneOrFail(Person, { id: linked.personId });
    // A СНИЛС changed on either side means the link may point at the wrong person now.
    if (person.snils !== esia.snils) throw new EsiaLoginFailure('mismatch');
    linked.lastLoginAt = new Date();
    return person.id;
  }
  const person = await tx.findOne(Person, { snils: esia.snils });
  if (!person) throw new EsiaLoginFailure('not_found');
  if (!personMatches(person, esia)) throw new EsiaLoginFailure('mismatch');
  if (await tx.findOne(EsiaAccount, { personId: person.id })) {
    throw new EsiaLoginFailure('linked_elsewhere');
  }
  const account = Object.assign(new EsiaAccount(), { personId: person.id, oid });
  tx.persist(account);
  await appendAudit(tx, {
    chain: 'sessions',
    actorPersonId: person.id,
    actorRole: null,
    action: 'account.esia_linked',
    entityType: 'esia_account',
    entityId: person.id,
    schoolId: null,
    before: null,
    after: { personId: person.id, oid, matchedBy: 'snils+name+birthDate' },
  });
  return person.id;
}

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
async function applyKidsList(
  ctx: IdentityContext,
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

/**
 * The callback from ESIA: the state is taken once, the code exchanged and the id_token verified,
 * the person matched and, for a parent, the kids list applied. Returns a one-time code for
 * `completeEsiaLogin`; throws EsiaLoginFailure with the reason to show otherwise.
 */
export async function handleEsiaCallback(
  ctx: IdentityContext,
  settings: EsiaSettings,
  input: { query: URLSearchParams; browserKey: string | null },
): Promise<string> {
  const state = input.query.get('state') ?? '';
  if (!UUID.test(state) || !input.browserKey) throw new EsiaLoginFailure('flow');
  const flow = await consumeFlow(ctx, state, input.browserKey);
  if (!flow) throw new EsiaLoginFailure('flow');
  const refused = callbackError(input.query);
  if (refused) throw asFailure(ctx, refused);
  const code = input.query.get('code');
  if (!code || code.length > 2000) throw new EsiaLoginFailure('flow');

  const { oid, person, kids } = await fromEsia(ctx, async () => {
    const exchanged = await settings.client.exchangeCode({
      code,
      scope: flow.scope,
      codeVerifier: flow.codeVerifier!,
      nonce: flow.nonce,
    });
    return {
      oid: exchanged.oid,
      person: await settings.client.person(exchanged.accessToken, exchanged.oid),
      kids:
        flow.purpose === 'parent'
          ? await settings.client.kids(exchanged.accessToken, exchanged.oid)
          : null,
    };
  });
  // An unconfirmed account's СНИЛС is only what its owner typed in.
  if (!person.trusted) throw new EsiaLoginFailure('unconfirmed');
  const snils = person.snils;
  if (!snils) throw new EsiaLoginFailure('no_snils');

  const oneTime = randomBytes(32).toString('base64url');
  await inTransaction(ctx, async (tx) => {
    const personId = await linkAccount(ctx, tx, oid, { ...person, snils });
    if (kids) await applyKidsList(ctx, tx, personId, kids);
    const row = await tx.findOneOrFail(EsiaLoginFlow, { id: flow.id });
    row.personId = personId;
    row.resultCodeHash = sha256(oneTime);
    row.resultExpiresAt = new Date(Date.now() + RESULT_TTL_MS);
  });
  return oneTime;
}

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
