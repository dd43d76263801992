import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { authorizeSecretMessage, toBase64Url, tokenSecretMessage } from './client-secret.js';
import { EsiaError, esiaCodeOf } from './errors.js';
import { esiaSubject, EsiaTokenError, verifyEsiaJwt, type EsiaClaims } from './id-token.js';
import {
  esiaKidsResponse,
  esiaPersonResponse,
  toKidData,
  toPersonData,
  type EsiaKidData,
  type EsiaPersonData,
} from './person.js';
import type { EsiaSigner, SignatureVerifier } from './signer.js';
import { formatEsiaTimestamp } from './timestamp.js';

export const ESIA_PATHS = {
  authorize: '/aas/oauth2/v2/ac',
  token: '/aas/oauth2/v3/te',
  person: (oid: string) => `/rs/prns/${oid}`,
  kids: (oid: string) => `/rs/prns/${oid}/kids`,
  logout: '/idp/ext/Logout',
} as const;

export interface EsiaClientOptions {
  /** `https://esia.gosuslugi.ru`, `https://esia-portal1.test.gosuslugi.ru` or the simulator. */
  baseUrl: string;
  /** The mnemonic the system is registered under. */
  clientId: string;
  /** Must equal, character for character, an address registered for the mnemonic. */
  redirectUri: string;
  signer: EsiaSigner;
  idToken: {
    verifier: SignatureVerifier;
    algorithms: readonly string[];
    issuer: string;
    leewaySeconds: number;
  };
  timeoutMs?: number;
  now?: () => Date;
}

/** PKCE (RFC 7636, S256): the verifier stays on the server, the challenge goes to ESIA. */
export function createPkcePair(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

/** The error ESIA put on the redirect back to us, if any. */
export function callbackError(query: URLSearchParams): EsiaError | null {
  const error = query.get('error');
  if (!error) return null;
  const description = query.get('error_description');
  return new EsiaError('esia', esiaCodeOf(description) ?? error, `ESIA refused: ${error}`);
}

const OID = /^\d{1,20}$/;

export interface ExchangedCode {
  oid: string;
  accessToken: string;
  idToken: EsiaClaims;
}

export type EsiaClient = ReturnType<typeof createEsiaClient>;

/**
 * An ESIA client for the authorization-code flow of the current protocol generation: `/v2/ac`
 * with a signed request and PKCE, `/v3/te` for the token, then the person's REST resources.
 */
export function createEsiaClient(options: EsiaClientOptions) {
  const base = options.baseUrl.replace(/\/+$/, '');
  const now = options.now ?? (() => new Date());
  const timeoutMs = options.timeoutMs ?? 10_000;

  async function call(url: string, init: RequestInit): Promise<Response> {
    try {
      return await fetch(url, {
        ...init,
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (err) {
      const timedOut = (err as Error).name === 'TimeoutError';
      throw new EsiaError('unavailable', null, timedOut ? 'ESIA timed out' : 'ESIA unreachable');
    }
  }

  async function readJson(res: Response): Promise<unknown> {
    const text = await res.text();
    try {
      return JSON.parse(text);
    } catch {
      // HTML from a proxy or a maintenance page: ESIA is not really answering.
      if (res.status >= 500) throw new EsiaError('unavailable', null, `ESIA HTTP ${res.status}`);
      throw new EsiaError(
        'invalid_response',
        null,
        `ESIA answered HTTP ${res.status} without JSON`,
      );
    }
  }

  function errorFrom(res: Response, body: unknown): EsiaError {
    const description =
      body && typeof body === 'object' ? (body as Record<string, unknown>).error_description : null;
    const code = esiaCodeOf(typeof description === 'string' ? description : null);
    if (code) return new EsiaError('esia', code, `ESIA refused with ${code}`);
    if (res.status >= 500) return new EsiaError('unavailable', null, `ESIA HTTP ${res.status}`);
    return new EsiaError('invalid_response', null, `ESIA HTTP ${res.status}`);
  }

  async function getResource(accessToken: string, path: string): Promise<unknown> {
    const res = await call(`${base}${path}`, {
      headers: { authorization: `Bearer ${accessToken}`, accept: 'application/json' },
    });
    const body = await readJson(res);
    if (!res.ok) throw errorFrom(res, body);
    return body;
  }

  /**
   * The parameters both endpoints sign and send: `client_secret` covers client_id, scope,
   * timestamp, state and redirect_uri, and the code for the token request.
   */
  async function signedParams(scope: string, state: string, code?: string) {
    const timestamp = formatEsiaTimestamp(now());
    const parts = {
      clientId: options.clientId,
      scope,
      timestamp,
      state,
      redirectUri: options.redirectUri,
    };
    const message =
      code === undefined ? authorizeSecretMessage(parts) : tokenSecretMessage({ ...parts, code });
    return {
      client_id: options.clientId,
      client_secret: toBase64Url(await options.signer.sign(message)),
      redirect_uri: options.redirectUri,
      scope,
      state,
      timestamp,
      client_certificate_hash: options.signer.certificateHash,
    };
  }

  return {
    logoutUrl(redirectUrl: string): string {
      const params = new URLSearchParams({
        client_id: options.clientId,
        redirect_url: redirectUrl,
      });
      return `${base}${ESIA_PATHS.logout}?${params}`;
    },

    /** The address to send the browser to; `state` is a UUID v4 the caller stored. */
    async authorizationUrl(input: {
      scope: string;
      state: string;
      codeChallenge: string;
      nonce: string;
    }): Promise<string> {
      const params = new URLSearchParams({
        ...(await signedParams(input.scope, input.state)),
        response_type: 'code',
        access_type: 'online',
        code_challenge: input.codeChallenge,
        code_challenge_method: 'S256',
        nonce: input.nonce,
      });
      return `${base}${ESIA_PATHS.authorize}?${params}`;
    },

    /** Trades the code for tokens and verifies the id_token; the person is its subject (oid). */
    async exchangeCode(input: {
      code: string;
      scope: string;
      codeVerifier: string;
      nonce: string;
    }): Promise<ExchangedCode> {
      const state = randomUUID();
      const res = await call(`${base}${ESIA_PATHS.token}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          accept: 'application/json',
        },
        body: new URLSearchParams({
          ...(await signedParams(input.scope, state, input.code)),
          code: input.code,
          grant_type: 'authorization_code',
          token_type: 'Bearer',
          code_verifier: input.codeVerifier,
        }).toString(),
      });
      const body = (await readJson(res)) as Record<string, unknown>;
      if (!res.ok) throw errorFrom(res, body);
      // ESIA echoes the state of the token request; anything else is not the answer to ours.
      if (body.state !== state) throw new EsiaError('invalid_response', null, 'state mismatch');
      const { access_token: accessToken, id_token: idToken } = body;
      if (typeof accessToken !== 'string' || typeof idToken !== 'string') {
        throw new EsiaError('invalid_response', null, 'no tokens in the answer');
      }
      try {
        const claims = await verifyEsiaJwt(idToken, {
          ...options.idToken,
          audience: options.clientId,
          now: now(),
          nonce: input.nonce,
        });
        return { oid: esiaSubject(claims), accessToken, idToken: claims };
      } catch (err) {
        if (err instanceof EsiaTokenError)
          throw new EsiaError('invalid_response', null, err.message);
        throw err;
      }
    },

    async person(accessToken: string, oid: string): Promise<EsiaPersonData> {
      if (!OID.test(oid)) throw new EsiaError('invalid_response', null, 'bad oid');
      const parsed = esiaPersonResponse.safeParse(
        await getResource(accessToken, ESIA_PATHS.person(oid)),
      );
      if (!parsed.success) throw new EsiaError('invalid_response', null, 'unexpected person shape');
      return toPersonData(parsed.data);
    },

    async kids(accessToken: string, oid: string): Promise<EsiaKidData[]> {
      if (!OID.test(oid)) throw new EsiaError('invalid_response', null, 'bad oid');
      const body = await getResource(accessToken, `${ESIA_PATHS.kids(oid)}?embed=(elements)`);
      const parsed = esiaKidsResponse.safeParse(body);
      if (!parsed.success) throw new EsiaError('invalid_response', null, 'unexpected kids shape');
      return parsed.data.elements.map(toKidData);
    },
  };
}
