import { randomBytes, randomUUID } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { createPkcePair } from '@dnevnik/esia';
import type { RouteContext } from '../../context.js';
import type { EsiaSettings } from './build-esia-settings.js';
import { EsiaLoginFlow, type EsiaLoginPurpose } from './esia.entities.js';
import { sha256 } from './esia.rules.js';

/** The person's time at ESIA's login page; ESIA's own session lasts about as long. */
const FLOW_TTL_MS = 10 * 60_000;

/**
 * Starts a login: a fresh state (UUID v4), PKCE pair and nonce, kept server-side for ten minutes,
 * and a key for the browser's cookie. Returns where to send the browser.
 */
export async function startEsiaLogin(
  ctx: RouteContext,
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
