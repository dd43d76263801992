import { createHmac, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateDevCertificate } from './dev-certificate.js';
import { esiaSubject, EsiaTokenError, verifyEsiaJwt, type TokenCheck } from './id-token.js';
import { createKeyVerifier } from './signer.js';

const esia = generateDevCertificate('ESIA');
const intruder = generateDevCertificate('intruder');
const now = new Date('2026-09-01T08:00:00Z');
const t = Math.floor(now.getTime() / 1000);
const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');

const claims = {
  iss: 'https://esia.example/',
  aud: 'DNEVNIK',
  sub: 1000299351,
  nbf: t - 10,
  iat: t - 10,
  exp: t + 3600,
  nonce: 'n-1',
  'urn:esia:sbj': { 'urn:esia:sbj:typ': 'P', 'urn:esia:sbj:oid': 1000299351 },
};

function jwt(payload: object, key = esia.privateKeyPem, header: object = { alg: 'RS256' }) {
  const input = `${b64(header)}.${b64(payload)}`;
  return `${input}.${sign('sha256', Buffer.from(input), key).toString('base64url')}`;
}

const check: TokenCheck = {
  verifier: createKeyVerifier(esia.certificatePem),
  algorithms: ['RS256'],
  issuer: 'https://esia.example/',
  audience: 'DNEVNIK',
  leewaySeconds: 30,
  now,
  nonce: 'n-1',
};

const reason = (p: Promise<unknown>) =>
  p.then(
    () => 'accepted',
    (e: unknown) => (e instanceof EsiaTokenError ? e.reason : `other: ${String(e)}`),
  );

describe('ESIA id_token', () => {
  it('accepts a token ESIA signed for us and reads the oid', async () => {
    const verified = await verifyEsiaJwt(jwt(claims), check);
    expect(esiaSubject(verified)).toBe('1000299351');
  });

  it('refuses alg:none, an algorithm off the list and HMAC keyed with the certificate', async () => {
    const none = `${b64({ alg: 'none' })}.${b64(claims)}.`;
    expect(await reason(verifyEsiaJwt(none, check))).toMatch(/not allowed/);
    const noneAllowed = { ...check, algorithms: ['RS256', 'none'] };
    expect(await reason(verifyEsiaJwt(none, noneAllowed))).toMatch(/not allowed/);
    const input = `${b64({ alg: 'HS256' })}.${b64(claims)}`;
    const hs = `${input}.${createHmac('sha256', esia.certificatePem).update(input).digest('base64url')}`;
    expect(await reason(verifyEsiaJwt(hs, { ...check, algorithms: ['RS256', 'HS256'] }))).toMatch(
      /signature/,
    );
  });

  it('refuses a tampered payload and a token signed by another key', async () => {
    const [h, , s] = jwt(claims).split('.');
    const tampered = `${h}.${b64({ ...claims, sub: 1000000001, 'urn:esia:sbj': undefined })}.${s}`;
    expect(await reason(verifyEsiaJwt(tampered, check))).toBe('signature does not verify');
    expect(await reason(verifyEsiaJwt(jwt(claims, intruder.privateKeyPem), check))).toBe(
      'signature does not verify',
    );
    expect(await reason(verifyEsiaJwt('abc.def', check))).toBe('not a compact JWS');
  });

  it('checks issuer, audience, expiry, not-before, issued-at and nonce with a small leeway', async () => {
    const cases: [object, string][] = [
      [{ iss: 'https://evil.example/' }, 'unexpected issuer'],
      [{ aud: 'OTHER' }, 'issued to another client'],
      [{ exp: t - 31 }, 'expired'],
      [{ exp: undefined }, 'no expiry'],
      [{ nbf: t + 31 }, 'not valid yet'],
      [{ iat: t + 31 }, 'issued in the future'],
      [{ nonce: 'other' }, 'nonce does not match'],
    ];
    for (const [change, expected] of cases) {
      expect(await reason(verifyEsiaJwt(jwt({ ...claims, ...change }), check))).toBe(expected);
    }
    // Within the leeway: a clock a little behind ESIA's is no reason to refuse.
    expect(await reason(verifyEsiaJwt(jwt({ ...claims, exp: t - 20, nbf: t + 20 }), check))).toBe(
      'accepted',
    );
    expect(await reason(verifyEsiaJwt(jwt({ ...claims, aud: ['X', 'DNEVNIK'] }), check))).toBe(
      'accepted',
    );
  });

  it('takes the oid from urn:esia:sbj or sub, and refuses when they disagree', () => {
    expect(esiaSubject({ sub: '42' })).toBe('42');
    expect(esiaSubject({ 'urn:esia:sbj': { 'urn:esia:sbj:oid': 42 } })).toBe('42');
    expect(() => esiaSubject({ sub: 1, 'urn:esia:sbj': { 'urn:esia:sbj:oid': 2 } })).toThrow(
      /disagree/,
    );
    expect(() => esiaSubject({ sub: 'x y' })).toThrow(/no subject/);
  });
});
