import { SignJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  createClientAssertionSigner,
  createClientAssertionVerifier,
  createReplayGuard,
  InvalidClientAssertionError,
} from './client-assertion.js';
import { generateKeyPairPem, importPrivateKey } from './keys.js';

let archive: Awaited<ReturnType<typeof generateKeyPairPem>>;
let other: Awaited<ReturnType<typeof generateKeyPairPem>>;
let verify: ReturnType<typeof createClientAssertionVerifier>;

beforeAll(async () => {
  archive = await generateKeyPairPem('ES256');
  other = await generateKeyPairPem('ES256');
  verify = createClientAssertionVerifier(new Map([['archive', archive.publicKeyPem]]));
});

async function handMade(claims: Record<string, unknown>, iat: number, exp: number) {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'ES256' })
    .setIssuedAt(iat)
    .setExpirationTime(exp)
    .sign(await importPrivateKey(archive.privateKeyPem, 'ES256'));
}

describe('client assertions', () => {
  it('verifies an assertion of a registered client and names it', async () => {
    const sign = await createClientAssertionSigner({
      clientId: 'archive',
      privateKeyPem: archive.privateKeyPem,
    });
    const now = new Date('2026-12-02T10:00:00Z');
    const verified = await verify(await sign(now), now);
    expect(verified.clientId).toBe('archive');
    expect(verified.expiresAt).toEqual(new Date('2026-12-02T10:01:00Z'));
  });

  it('refuses another key, an unknown client, an expired or long-lived assertion and garbage', async () => {
    const now = new Date('2026-12-02T10:00:00Z');
    const t = Math.floor(now.getTime() / 1000);
    const wrongKey = await createClientAssertionSigner({
      clientId: 'archive',
      privateKeyPem: other.privateKeyPem,
    });
    const unknown = await createClientAssertionSigner({
      clientId: 'billing',
      privateKeyPem: archive.privateKeyPem,
    });
    const base = { iss: 'archive', sub: 'archive', aud: 'dnevnik-identity', jti: 'j-123456789' };
    const cases = [
      await wrongKey(now),
      await unknown(now),
      await handMade(base, t - 120, t - 60),
      await handMade(base, t, t + 3600),
      await handMade({ ...base, aud: 'dnevnik-graph' }, t, t + 60),
      await handMade({ ...base, sub: 'someone' }, t, t + 60),
      'a.b.c',
    ];
    for (const assertion of cases)
      await expect(verify(assertion, now)).rejects.toBeInstanceOf(InvalidClientAssertionError);
  });

  it('lets each assertion id through once until it expires', () => {
    const firstUse = createReplayGuard();
    const now = new Date('2026-12-02T10:00:00Z');
    const exp = new Date('2026-12-02T10:01:00Z');
    expect(firstUse('a', exp, now)).toBe(true);
    expect(firstUse('a', exp, now)).toBe(false);
    expect(firstUse('b', exp, now)).toBe(true);
    // Forgotten once expired: an expired assertion is refused by its signature check anyway.
    expect(firstUse('a', exp, new Date('2026-12-02T10:02:00Z'))).toBe(true);
  });
});
