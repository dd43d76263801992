import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  callbackError,
  createDevSigner,
  createEsiaClient,
  createGostSigner,
  createKeyVerifier,
  createPkcePair,
  EsiaError,
  generateDevCertificate,
  type EsiaClient,
  type EsiaSigner,
} from '@dnevnik/esia';
import { createTestCertificate } from '@dnevnik/signer';
import { demoEsiaPersons } from './persons.js';
import { startEsiaSimulator, type EsiaSimulator } from './simulator.js';

const REDIRECT = 'https://dnevnik.example/auth/esia/callback';
const SCOPE = 'openid fullname birthdate gender snils';
const PARENT_SCOPE = `${SCOPE} kid_fullname kid_birthdate kid_snils`;
const clientKeys = generateDevCertificate('DNEVNIK test');
const persons = demoEsiaPersons();
const oidOf = (lastName: string, firstName: string) =>
  persons.find((p) => p.lastName === lastName && p.firstName === firstName)!.oid;

const clock = { offsetMs: 0 };
let sim: EsiaSimulator;

function client(
  overrides: { redirectUri?: string; signer?: EsiaSigner; skewMs?: number; clientId?: string } = {},
) {
  return createEsiaClient({
    baseUrl: sim.url,
    clientId: overrides.clientId ?? 'DNEVNIK',
    redirectUri: overrides.redirectUri ?? REDIRECT,
    signer: overrides.signer ?? createDevSigner(clientKeys),
    idToken: {
      verifier: createKeyVerifier(sim.certificatePem),
      algorithms: ['RS256'],
      issuer: sim.issuer,
      leewaySeconds: 30,
    },
    now: () => new Date(Date.now() + clock.offsetMs + (overrides.skewMs ?? 0)),
  });
}

/** Walks the browser part: ESIA's login page, a person chosen; returns where ESIA sent us back. */
async function authorize(c: EsiaClient, scope: string, choose: Record<string, string>) {
  const pkce = createPkcePair();
  const state = crypto.randomUUID();
  const first = await fetch(
    await c.authorizationUrl({ scope, state, codeChallenge: pkce.challenge, nonce: 'n1' }),
    { redirect: 'manual' },
  );
  let back: URL;
  if (first.status === 302) {
    back = new URL(first.headers.get('location')!);
  } else {
    const html = await first.text();
    const request = /name="request" value="([^"]+)"/.exec(html)?.[1];
    if (!request) return { page: { status: first.status, html }, pkce, state };
    const posted = await fetch(`${sim.url}/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ request, ...choose }).toString(),
      redirect: 'manual',
    });
    back = new URL(posted.headers.get('location')!);
  }
  return { back, pkce, state };
}

async function codeFor(c: EsiaClient, oid: string, scope = SCOPE) {
  const { back, pkce, state } = await authorize(c, scope, { oid });
  expect(back!.searchParams.get('state')).toBe(state);
  return { code: back!.searchParams.get('code')!, pkce };
}

/** A whole login of one person: the code, its exchange, the id_token's subject checked. */
async function logIn(c: EsiaClient, oid: string) {
  const { code, pkce } = await codeFor(c, oid);
  const exchanged = await c.exchangeCode({
    code,
    scope: SCOPE,
    codeVerifier: pkce.verifier,
    nonce: 'n1',
  });
  expect(exchanged.oid).toBe(oid);
  return exchanged;
}

const esiaCode = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e: unknown) => (e instanceof EsiaError ? `${e.kind}:${e.code ?? ''}` : `other:${String(e)}`),
  );

beforeAll(async () => {
  sim = await startEsiaSimulator({
    persons,
    clients: [
      { clientId: 'DNEVNIK', certificatePem: clientKeys.certificatePem, redirectUris: [REDIRECT] },
    ],
    now: () => new Date(Date.now() + clock.offsetMs),
    codeTtlSeconds: 60,
  });
});
afterAll(() => sim?.stop());

describe('ESIA simulator with the ESIA client', () => {
  it('logs a person in: login page, code, token, verified id_token, person data', async () => {
    const c = client();
    const exchanged = await logIn(c, oidOf('Лебедев', 'Сергей'));
    expect(exchanged.idToken.aud).toBe('DNEVNIK');
    expect(await c.person(exchanged.accessToken, exchanged.oid)).toEqual({
      lastName: 'Лебедев',
      firstName: 'Сергей',
      middleName: 'Николаевич',
      birthDate: '1980-11-03',
      sex: 'male',
      snils: '14137359954',
      trusted: true,
    });
    // No kid_* scope was granted: the children are not this system's business.
    expect(await esiaCode(c.kids(exchanged.accessToken, exchanged.oid))).toBe('invalid_response:');
  });

  it("gives a parent's kids list, with ESIA's verification, under the kid scopes", async () => {
    const c = client();
    const oid = oidOf('Иванов', 'Алексей');
    const { code, pkce } = await codeFor(c, oid, PARENT_SCOPE);
    const { accessToken } = await c.exchangeCode({
      code,
      scope: PARENT_SCOPE,
      codeVerifier: pkce.verifier,
      nonce: 'n1',
    });
    const kids = await c.kids(accessToken, oid);
    expect(kids.map((k) => [k.firstName, k.birthDate, k.snils, k.verified])).toEqual([
      ['Пётр', '2013-03-14', '16240663850', true],
      ['Мария', '2019-05-20', '17642866405', true],
    ]);
    // The token is for this person only.
    expect(await esiaCode(c.person(accessToken, oidOf('Смирнова', 'Ирина')))).toBe(
      'invalid_response:',
    );
  });

  it('refuses a client_secret not signed by the registered certificate, and another certificate', async () => {
    const impostorSigner = createDevSigner(generateDevCertificate('DNEVNIK test'));
    const registeredHash = createDevSigner(clientKeys).certificateHash;
    const forged = client({ signer: { ...impostorSigner, certificateHash: registeredHash } });
    const { back } = await authorize(forged, SCOPE, {});
    expect(callbackError(back!.searchParams)?.code).toBe('ESIA-007053');
    const other = await authorize(client({ signer: impostorSigner }), SCOPE, {});
    expect(callbackError(other.back!.searchParams)?.code).toBe('ESIA-007002');
    // The token endpoint checks the signature too, now over the code as well.
    const { code, pkce } = await codeFor(client(), oidOf('Лебедев', 'Сергей'));
    expect(
      await esiaCode(
        forged.exchangeCode({ code, scope: SCOPE, codeVerifier: pkce.verifier, nonce: 'n1' }),
      ),
    ).toBe('esia:ESIA-007053');
  });

  it('accepts a client_secret signed with GOST R 34.10-2012 by openssl’s GOST engine, and only by the registered key', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'esia-gost-'));
    try {
      const registered = await createTestCertificate({
        algorithm: 'gost2012-256',
        directory: dir,
        subject: { CN: 'ИС Электронный дневник', O: 'Министерство образования' },
      });
      const impostor = await createTestCertificate({
        algorithm: 'gost2012-256',
        directory: await mkdtemp(join(dir, 'impostor-')),
        subject: { CN: 'ИС Электронный дневник' },
      });
      sim.registerClient({
        clientId: 'DNEVNIK-GOST',
        certificatePem: registered.certificatePem,
        signatureAlgorithm: 'GOST3410_2012_256',
        redirectUris: [REDIRECT],
      });
      const gostClient = (signer: EsiaSigner) => client({ signer, clientId: 'DNEVNIK-GOST' });
      const signer = await createGostSigner(registered);
      expect(signer.kind).toBe('gost');
      const c = gostClient(signer);
      await logIn(c, oidOf('Лебедев', 'Сергей'));

      // Another GOST key presenting the registered certificate's hash is refused.
      const forged = gostClient({
        ...(await createGostSigner(impostor)),
        certificateHash: signer.certificateHash,
      });
      const { back } = await authorize(forged, SCOPE, {});
      expect(callbackError(back!.searchParams)?.code).toBe('ESIA-007053');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('never follows a redirect_uri that is not registered', async () => {
    const { page, back } = await authorize(
      client({ redirectUri: 'https://evil.example/cb' }),
      SCOPE,
      {},
    );
    expect(back).toBeUndefined();
    expect(page!.status).toBe(400);
    expect(page!.html).toContain('ESIA-007023');
  });

  it('refuses a token request for another redirect_uri than the code was issued for', async () => {
    const { code, pkce } = await codeFor(client(), oidOf('Лебедев', 'Сергей'));
    sim.registerClient({
      clientId: 'DNEVNIK',
      certificatePem: clientKeys.certificatePem,
      redirectUris: [REDIRECT, 'https://dnevnik.example/other'],
    });
    const other = client({ redirectUri: 'https://dnevnik.example/other' });
    expect(
      await esiaCode(
        other.exchangeCode({ code, scope: SCOPE, codeVerifier: pkce.verifier, nonce: 'n1' }),
      ),
    ).toBe('esia:ESIA-007011');
  });

  it('refuses an expired code and a code used twice', async () => {
    const c = client();
    const first = await codeFor(c, oidOf('Лебедев', 'Сергей'));
    await c.exchangeCode({
      code: first.code,
      scope: SCOPE,
      codeVerifier: first.pkce.verifier,
      nonce: 'n1',
    });
    expect(
      await esiaCode(
        c.exchangeCode({
          code: first.code,
          scope: SCOPE,
          codeVerifier: first.pkce.verifier,
          nonce: 'n1',
        }),
      ),
    ).toBe('esia:ESIA-007011');
    const late = await codeFor(c, oidOf('Лебедев', 'Сергей'));
    clock.offsetMs = 61_000;
    try {
      expect(
        await esiaCode(
          c.exchangeCode({
            code: late.code,
            scope: SCOPE,
            codeVerifier: late.pkce.verifier,
            nonce: 'n1',
          }),
        ),
      ).toBe('esia:ESIA-007011');
    } finally {
      clock.offsetMs = 0;
    }
  });

  it('refuses a request whose timestamp is far from ESIA time, and an unknown scope', async () => {
    const { back } = await authorize(client({ skewMs: 10 * 60_000 }), SCOPE, {});
    expect(callbackError(back!.searchParams)?.code).toBe('ESIA-007015');
    const scoped = await authorize(client(), 'openid fullname passport_everything', {});
    expect(callbackError(scoped.back!.searchParams)?.code).toBe('ESIA-007006');
    const noOpenid = await authorize(client(), 'fullname openid', {});
    expect(callbackError(noOpenid.back!.searchParams)?.code).toBe('ESIA-007006');
  });

  it('refuses a code_verifier that does not match the challenge (PKCE)', async () => {
    const c = client();
    const { code } = await codeFor(c, oidOf('Лебедев', 'Сергей'));
    expect(
      await esiaCode(
        c.exchangeCode({
          code,
          scope: SCOPE,
          codeVerifier: createPkcePair().verifier,
          nonce: 'n1',
        }),
      ),
    ).toBe('esia:ESIA-007040');
  });

  it('answers with the error it is told to: overloaded, denied, unconfirmed account', async () => {
    const c = client();
    const { code, pkce } = await codeFor(c, oidOf('Лебедев', 'Сергей'));
    sim.failNext('ESIA-007008');
    expect(
      await esiaCode(
        c.exchangeCode({ code, scope: SCOPE, codeVerifier: pkce.verifier, nonce: 'n1' }),
      ),
    ).toBe('esia:ESIA-007008');
    sim.failNext('ESIA-007008', 'authorize');
    expect(callbackError((await authorize(c, SCOPE, {})).back!.searchParams)?.code).toBe(
      'ESIA-007008',
    );
    const denied = await authorize(c, SCOPE, { action: 'deny' });
    expect(callbackError(denied.back!.searchParams)?.code).toBe('ESIA-007004');
    const chosen = await authorize(c, SCOPE, { action: 'fail', code: 'ESIA-007002' });
    expect(callbackError(chosen.back!.searchParams)?.code).toBe('ESIA-007002');
    const unconfirmed = await authorize(c, SCOPE, { oid: oidOf('Захарова', 'Нина') });
    expect(callbackError(unconfirmed.back!.searchParams)?.code).toBe('ESIA-007055');
  });

  it('the client refuses broken id_tokens: tampered, alg none, wrong key, audience, expired', async () => {
    const c = client();
    for (const defect of [
      'tampered',
      'alg-none',
      'wrong-key',
      'wrong-audience',
      'expired',
    ] as const) {
      const { code, pkce } = await codeFor(c, oidOf('Лебедев', 'Сергей'));
      sim.defectNextIdToken(defect);
      expect(
        await esiaCode(
          c.exchangeCode({ code, scope: SCOPE, codeVerifier: pkce.verifier, nonce: 'n1' }),
        ),
        defect,
      ).toBe('invalid_response:');
    }
  });

  it('logs out to a registered origin only', async () => {
    const ok = await fetch(client().logoutUrl('https://dnevnik.example/auth/login'), {
      redirect: 'manual',
    });
    expect(ok.status).toBe(302);
    expect(ok.headers.get('location')).toBe('https://dnevnik.example/auth/login');
    const evil = await fetch(client().logoutUrl('https://evil.example/'), { redirect: 'manual' });
    expect(evil.status).toBe(400);
  });

  it('an ESIA that does not answer is "unavailable", not a crash', async () => {
    const gone = await startEsiaSimulator({ persons });
    const url = gone.url;
    await gone.stop();
    const c = createEsiaClient({
      baseUrl: url,
      clientId: 'DNEVNIK',
      redirectUri: REDIRECT,
      signer: createDevSigner(clientKeys),
      idToken: {
        verifier: createKeyVerifier(sim.certificatePem),
        algorithms: ['RS256'],
        issuer: url,
        leewaySeconds: 30,
      },
      timeoutMs: 2000,
    });
    expect(
      await esiaCode(c.exchangeCode({ code: 'x', scope: SCOPE, codeVerifier: 'v', nonce: 'n' })),
    ).toBe('unavailable:');
  });

  it('serves a login page that loads nothing from outside', async () => {
    const pkce = createPkcePair();
    const res = await fetch(
      await client().authorizationUrl({
        scope: SCOPE,
        state: crypto.randomUUID(),
        codeChallenge: pkce.challenge,
        nonce: 'n',
      }),
    );
    const html = await res.text();
    expect(html).toContain('Кириллов Олег Петрович');
    expect(html).not.toMatch(/(src|href)="https?:/);
  });
});
