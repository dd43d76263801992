import { describe, expect, it } from 'vitest';
import type { ConfigError } from '@dnevnik/config';
import { loadIdentityEnv } from './subgraph.js';

const problems = (env: Record<string, string>) => {
  try {
    loadIdentityEnv(env);
    return [];
  } catch (err) {
    return (err as ConfigError).problems;
  }
};

const esia = {
  ESIA_BASE_URL: 'https://esia.gosuslugi.ru',
  ESIA_CLIENT_ID: 'DNEVNIK',
  ESIA_REDIRECT_URI: 'https://dnevnik.example/auth/esia/callback',
  ESIA_CERT_FILE: '/run/secrets/esia.pem',
};

describe('ESIA settings', () => {
  it('are off while ESIA_BASE_URL is unset', () => {
    expect(loadIdentityEnv({}).ESIA_BASE_URL).toBeUndefined();
  });

  it('need the mnemonic, the redirect, a signer and an id_token verifier', () => {
    const found = problems({ ESIA_BASE_URL: 'https://esia.gosuslugi.ru' }).join('\n');
    for (const key of ['ESIA_CLIENT_ID', 'ESIA_REDIRECT_URI', 'ESIA_CLIENT_KEY', 'ESIA_CERT']) {
      expect(found).toContain(key);
    }
  });

  it('refuse the dev signer, plain http, alg none and a scope list not starting with openid in production', () => {
    const found = problems({
      NODE_ENV: 'production',
      ...esia,
      ESIA_REDIRECT_URI: 'http://dnevnik.example/auth/esia/callback',
      ESIA_CLIENT_KEY_FILE: '/k',
      ESIA_CLIENT_CERT_FILE: '/c',
      ESIA_TOKEN_ALGORITHMS: 'RS256,none',
      ESIA_SCOPES: 'fullname openid',
    }).join('\n');
    expect(found).toMatch(/ESIA_SIGNER: the dev signer is refused in production/);
    expect(found).toMatch(/ESIA_REDIRECT_URI: must be https/);
    expect(found).toMatch(/ESIA_TOKEN_ALGORITHMS/);
    expect(found).toMatch(/ESIA_SCOPES: must start with openid/);
  });

  it('accept a GOST command signer given as a JSON array', () => {
    const env = loadIdentityEnv({
      ...esia,
      ESIA_SIGNER: 'command',
      ESIA_SIGN_COMMAND: '["openssl","dgst","-engine","gost","-sign","/k.pem","-binary"]',
      ESIA_CLIENT_CERT_HASH: 'ABC',
    });
    expect(env.ESIA_SIGN_COMMAND).toEqual([
      'openssl',
      'dgst',
      '-engine',
      'gost',
      '-sign',
      '/k.pem',
      '-binary',
    ]);
    expect(
      problems({
        ...esia,
        ESIA_SIGNER: 'command',
        ESIA_SIGN_COMMAND: 'openssl dgst',
        ESIA_CLIENT_CERT_HASH: 'A',
      }).join(),
    ).toMatch(/ESIA_SIGN_COMMAND: expected a JSON array/);
  });

  it('take the gost signer with a key file and a certificate, and only so', () => {
    const gost = {
      ...esia,
      ESIA_SIGNER: 'gost',
      ESIA_CLIENT_KEY_FILE: '/keys/esia-client.pem',
      ESIA_CLIENT_CERT_FILE: '/keys/esia-client.crt',
    };
    expect(loadIdentityEnv(gost).ESIA_SIGNER).toBe('gost');
    // Unlike the dev signer, production accepts it.
    expect(problems({ ...gost, NODE_ENV: 'production' }).join('\n')).not.toMatch(/ESIA_SIGNER/);
    const found = problems({ ...esia, ESIA_SIGNER: 'gost', ESIA_CLIENT_KEY: 'PEM' }).join('\n');
    expect(found).toMatch(/ESIA_CLIENT_KEY_FILE: required for the gost signer/);
    expect(found).toMatch(/ESIA_CLIENT_KEY: the gost signer reads its key from/);
    expect(found).toMatch(/ESIA_CLIENT_CERT: or ESIA_CLIENT_CERT_FILE/);
  });
});
