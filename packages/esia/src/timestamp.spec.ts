import { describe, expect, it } from 'vitest';
import { authorizeSecretMessage, fromBase64Url, tokenSecretMessage } from './client-secret.js';
import { formatEsiaTimestamp, parseEsiaTimestamp } from './timestamp.js';

describe('ESIA timestamp', () => {
  const instant = new Date('2026-09-01T05:30:07Z');

  it('formats as yyyy.MM.dd HH:mm:ss +ZZZZ, in UTC or at an offset', () => {
    expect(formatEsiaTimestamp(instant)).toBe('2026.09.01 05:30:07 +0000');
    expect(formatEsiaTimestamp(instant, 180)).toBe('2026.09.01 08:30:07 +0300');
    expect(formatEsiaTimestamp(instant, -330)).toBe('2026.09.01 00:00:07 -0530');
    expect(formatEsiaTimestamp(new Date('2026-12-31T23:59:59Z'), 600)).toBe(
      '2027.01.01 09:59:59 +1000',
    );
  });

  it('parses back to the same instant', () => {
    expect(parseEsiaTimestamp('2026.09.01 08:30:07 +0300')).toEqual(instant);
    expect(parseEsiaTimestamp('2026.09.01 00:00:07 -0530')).toEqual(instant);
    expect(parseEsiaTimestamp(formatEsiaTimestamp(instant, 420))).toEqual(instant);
  });

  it('refuses malformed and impossible timestamps', () => {
    for (const bad of [
      '',
      '2026-09-01 08:30:07 +0300',
      '2026.09.01 08:30:07',
      '2026.09.01T08:30:07 +0300',
      '2026.02.30 08:30:07 +0300',
      '2026.09.01 24:00:00 +0000',
      '2026.09.01 08:30:07 +0370',
      ' 2026.09.01 08:30:07 +0300',
    ]) {
      expect(parseEsiaTimestamp(bad), bad).toBeNull();
    }
  });
});

describe('client_secret message', () => {
  const parts = {
    clientId: 'DNEVNIK',
    scope: 'openid fullname snils',
    timestamp: '2026.09.01 08:30:07 +0300',
    state: '3f2c6f1e-6d7b-4b8e-9a51-2f0c3c7d9e10',
    redirectUri: 'https://dnevnik.example/auth/esia/callback',
  };

  it('concatenates client_id, scope, timestamp, state and redirect_uri with no separator', () => {
    expect(authorizeSecretMessage(parts)).toBe(
      'DNEVNIKopenid fullname snils2026.09.01 08:30:07 +03003f2c6f1e-6d7b-4b8e-9a51-2f0c3c7d9e10https://dnevnik.example/auth/esia/callback',
    );
  });

  it('adds the authorization code at the end for the token request', () => {
    expect(tokenSecretMessage({ ...parts, code: 'abc' })).toBe(
      `${authorizeSecretMessage(parts)}abc`,
    );
  });

  it('reads URL-safe base64 with or without padding, and nothing else', () => {
    expect(fromBase64Url('AQID')).toEqual(Buffer.from([1, 2, 3]));
    expect(fromBase64Url('AQI=')).toEqual(Buffer.from([1, 2]));
    expect(fromBase64Url('a+b/')).toBeNull();
  });
});
