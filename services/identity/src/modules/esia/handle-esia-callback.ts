import { randomBytes } from 'node:crypto';
import { LockMode } from '@mikro-orm/postgresql';
import { callbackError, EsiaError } from '@dnevnik/esia';
import { inTransaction } from '@dnevnik/service-runtime';
import type { RouteContext } from '../../context.js';
import { applyKidsList } from './apply-kids-list.js';
import type { EsiaSettings } from './build-esia-settings.js';
import { EsiaLoginFlow } from './esia.entities.js';
import { EsiaLoginFailure, failureOfEsiaError, sha256 } from './esia.rules.js';
import { linkEsiaAccount } from './link-esia-account.js';

/** The SPA exchanges the one-time code right after the redirect. */
const RESULT_TTL_MS = 2 * 60_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Takes the flow for this state once, for the browser that started it; null otherwise. */
async function consumeFlow(
  ctx: RouteContext,
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

function asFailure(ctx: RouteContext, err: EsiaError): EsiaLoginFailure {
  ctx.logger.warn({ kind: err.kind, esiaCode: err.code, reason: err.message }, 'ESIA login failed');
  return new EsiaLoginFailure(failureOfEsiaError(err), err.code);
}

async function fromEsia<T>(ctx: RouteContext, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    throw err instanceof EsiaError ? asFailure(ctx, err) : err;
  }
}

/**
 * The callback from ESIA: the state is taken once, the code exchanged and the id_token verified,
 * the person matched and, for a parent, the kids list applied. Returns a one-time code for
 * `completeEsiaLogin`; throws EsiaLoginFailure with the reason to show otherwise.
 */
export async function handleEsiaCallback(
  ctx: RouteContext,
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
    const personId = await linkEsiaAccount(tx, oid, { ...person, snils });
    if (kids) await applyKidsList(ctx, tx, personId, kids);
    const row = await tx.findOneOrFail(EsiaLoginFlow, { id: flow.id });
    row.personId = personId;
    row.resultCodeHash = sha256(oneTime);
    row.resultExpiresAt = new Date(Date.now() + RESULT_TTL_MS);
  });
  return oneTime;
}
