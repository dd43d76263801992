import { createHash, randomBytes, randomUUID, sign } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  authorizeSecretMessage,
  certificateHash,
  createKeyVerifier,
  esiaErrorParams,
  ESIA_ERRORS,
  fromBase64Url,
  generateDevCertificate,
  isEsiaErrorCode,
  parseEsiaTimestamp,
  toEsiaDate,
  toEsiaSnils,
  tokenSecretMessage,
  type DevCertificate,
  type EsiaErrorCode,
} from '@dnevnik/esia';
import { verifyRaw } from '@dnevnik/signer';
import { errorPage, loginPage } from './pages.js';
import type { SimulatorKid, SimulatorPerson } from './persons.js';

/** A system registered with the simulator, as a mnemonic is registered with ESIA. */
export interface SimulatorClient {
  clientId: string;
  /** The certificate whose key signs `client_secret`. */
  certificatePem: string;
  /** How `client_secret` is signed: RSA (the development client) or GOST R 34.10-2012. */
  signatureAlgorithm?: 'RS256' | 'GOST3410_2012_256';
  /** Exact `redirect_uri` values allowed; logout may return to any address on their origins. */
  redirectUris: string[];
  /** Scopes the system may ask for; every scope the simulator knows when absent. */
  scopes?: string[];
}

export interface EsiaSimulatorOptions {
  port?: number;
  host?: string;
  persons: SimulatorPerson[];
  clients?: SimulatorClient[];
  /** ESIA's own key and certificate (signs id_tokens); generated when absent. */
  signing?: DevCertificate;
  /** The simulator's clock: tests move it to expire codes and timestamps. */
  now?: () => Date;
  codeTtlSeconds?: number;
  /** How far a request's timestamp may be from the simulator's clock. */
  timestampToleranceSeconds?: number;
  tokenTtlSeconds?: number;
}

/** A client_secret checked with the registered certificate, by the client's algorithm. */
async function clientSignatureValid(
  client: SimulatorClient,
  message: string,
  signature: Buffer,
): Promise<boolean> {
  const data = Buffer.from(message, 'utf8');
  if (client.signatureAlgorithm === 'GOST3410_2012_256') {
    const check = await verifyRaw(
      { data, signature, certificatePem: client.certificatePem },
      { algorithm: 'gost2012-256' },
    );
    return check.valid;
  }
  return createKeyVerifier(client.certificatePem).verify('RS256', data, signature);
}

export type SimulatedEndpoint = 'authorize' | 'token' | 'rest';
export type IdTokenDefect = 'tampered' | 'alg-none' | 'wrong-key' | 'wrong-audience' | 'expired';

export interface EsiaSimulator {
  /** Base URL, e.g. `http://127.0.0.1:4010`: what ESIA_BASE_URL points at. */
  url: string;
  /** The `iss` of its id_tokens. */
  issuer: string;
  /** Its certificate: what identity verifies id_tokens with (ESIA_CERT). */
  certificatePem: string;
  registerClient(client: SimulatorClient): void;
  /** The next request to `endpoint` (by default where the code belongs) gets this error. */
  failNext(code: EsiaErrorCode, endpoint?: SimulatedEndpoint): void;
  /** The next id_token is broken in this way: for tests of the client's checks. */
  defectNextIdToken(defect: IdTokenDefect): void;
  stop(): Promise<void>;
}

/** Scopes the simulator knows, as ESIA names them. */
export const KNOWN_SCOPES = [
  'openid',
  'fullname',
  'birthdate',
  'gender',
  'snils',
  'email',
  'mobile',
  'contacts',
  'kid_fullname',
  'kid_birthdate',
  'kid_gender',
  'kid_snils',
] as const;

const DEFAULT_ENDPOINT: Partial<Record<EsiaErrorCode, SimulatedEndpoint>> = {
  'ESIA-007004': 'authorize',
  'ESIA-007006': 'authorize',
  'ESIA-007012': 'authorize',
  'ESIA-007023': 'authorize',
  'ESIA-007055': 'authorize',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const AUTHORIZE_PARAMS = [
  'client_id',
  'client_secret',
  'redirect_uri',
  'scope',
  'response_type',
  'state',
  'timestamp',
  'access_type',
  'client_certificate_hash',
  'code_challenge',
  'code_challenge_method',
];
const TOKEN_PARAMS = [
  'client_id',
  'code',
  'grant_type',
  'client_secret',
  'state',
  'redirect_uri',
  'scope',
  'timestamp',
  'token_type',
  'client_certificate_hash',
  'code_verifier',
];

interface PendingAuthorization {
  clientId: string;
  redirectUri: string;
  scope: string;
  state: string;
  codeChallenge: string;
  nonce: string | null;
}

interface IssuedCode extends PendingAuthorization {
  oid: string;
  expiresAt: number;
  used: boolean;
}

interface IssuedAccess {
  oid: string;
  scopes: Set<string>;
  expiresAt: number;
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 64 * 1024) throw new Error('form too large');
    chunks.push(chunk as Buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

function send(res: ServerResponse, status: number, type: string, body: string) {
  res.writeHead(status, {
    'content-type': `${type}; charset=utf-8`,
    'cache-control': 'no-store',
    'referrer-policy': 'no-referrer',
  });
  res.end(body);
}

const json = (res: ServerResponse, status: number, body: unknown) =>
  send(res, status, 'application/json', JSON.stringify(body));

function redirect(res: ServerResponse, location: string) {
  res.writeHead(302, { location, 'cache-control': 'no-store' });
  res.end();
}

const b64json = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/**
 * Starts a local ESIA: the authorization endpoint with a login page listing its persons, the
 * token endpoint, the person's REST resources and logout, checking client signatures, PKCE and
 * timestamps the way ESIA does, and answering with ESIA's error codes.
 */
export async function startEsiaSimulator(options: EsiaSimulatorOptions): Promise<EsiaSimulator> {
  const now = () => (options.now ?? (() => new Date()))().getTime();
  const signing = options.signing ?? generateDevCertificate('ESIA simulator');
  const codeTtlMs = (options.codeTtlSeconds ?? 120) * 1000;
  const toleranceMs = (options.timestampToleranceSeconds ?? 300) * 1000;
  const tokenTtlSeconds = options.tokenTtlSeconds ?? 3600;
  const clients = new Map<string, SimulatorClient>();
  const pending = new Map<string, PendingAuthorization>();
  const codes = new Map<string, IssuedCode>();
  const tokens = new Map<string, IssuedAccess>();
  const failures = new Map<SimulatedEndpoint, EsiaErrorCode[]>();
  let nextDefect: IdTokenDefect | null = null;
  let issuer = '';
  for (const c of options.clients ?? []) clients.set(c.clientId, c);
  const personByOid = (oid: string) => options.persons.find((p) => p.oid === oid);

  const takeFailure = (endpoint: SimulatedEndpoint) => failures.get(endpoint)?.shift() ?? null;

  function errorRedirect(
    res: ServerResponse,
    redirectUri: string,
    code: EsiaErrorCode,
    state: string,
  ) {
    const url = new URL(redirectUri);
    const params = esiaErrorParams(code);
    url.searchParams.set('error', params.error);
    url.searchParams.set('error_description', params.error_description);
    if (state) url.searchParams.set('state', state);
    redirect(res, url.toString());
  }

  const errorJson = (res: ServerResponse, code: EsiaErrorCode, state?: string) =>
    json(res, ESIA_ERRORS[code].status, { ...esiaErrorParams(code), ...(state ? { state } : {}) });

  /** The checks both endpoints make of a signed client request; null when it passes. */
  async function clientProblem(
    client: SimulatorClient,
    params: URLSearchParams,
    message: string,
  ): Promise<EsiaErrorCode | null> {
    if (params.get('client_certificate_hash') !== certificateHash(client.certificatePem)) {
      return 'ESIA-007002';
    }
    const timestamp = parseEsiaTimestamp(params.get('timestamp') ?? '');
    if (!timestamp || Math.abs(timestamp.getTime() - now()) > toleranceMs) return 'ESIA-007015';
    const signature = fromBase64Url(params.get('client_secret') ?? '');
    if (!signature || !(await clientSignatureValid(client, message, signature))) {
      return 'ESIA-007053';
    }
    return null;
  }

  async function authorize(res: ServerResponse, query: URLSearchParams) {
    const clientId = query.get('client_id');
    const redirectUri = query.get('redirect_uri');
    if (!clientId || !redirectUri) {
      return send(
        res,
        400,
        'text/html',
        errorPage('ESIA-007014', 'нет client_id или redirect_uri'),
      );
    }
    const client = clients.get(clientId);
    // Errors about the client itself are shown here: an unverified redirect_uri is never followed.
    if (!client)
      return send(res, 400, 'text/html', errorPage('ESIA-007002', 'система не зарегистрирована'));
    if (!client.redirectUris.includes(redirectUri)) {
      return send(res, 400, 'text/html', errorPage('ESIA-007023', ESIA_ERRORS['ESIA-007023'].text));
    }
    const state = query.get('state') ?? '';
    const fail = (code: EsiaErrorCode) => errorRedirect(res, redirectUri, code, state);
    const forced = takeFailure('authorize');
    if (forced) return fail(forced);
    if (AUTHORIZE_PARAMS.some((p) => !query.get(p))) return fail('ESIA-007014');
    if (query.get('response_type') !== 'code') return fail('ESIA-007012');
    if (!UUID.test(state) || query.get('code_challenge_method') !== 'S256')
      return fail('ESIA-007003');
    const scope = query.get('scope')!;
    const problem = await clientProblem(
      client,
      query,
      authorizeSecretMessage({
        clientId,
        scope,
        timestamp: query.get('timestamp')!,
        state,
        redirectUri,
      }),
    );
    if (problem) return fail(problem);
    const scopes = scope.split(' ');
    const allowed: readonly string[] = client.scopes ?? KNOWN_SCOPES;
    if (scopes[0] !== 'openid' || scopes.some((s) => !allowed.includes(s)))
      return fail('ESIA-007006');
    const requestId = randomUUID();
    pending.set(requestId, {
      clientId,
      redirectUri,
      scope,
      state,
      codeChallenge: query.get('code_challenge')!,
      nonce: query.get('nonce'),
    });
    send(
      res,
      200,
      'text/html',
      loginPage({ requestId, clientId, scope, persons: options.persons }),
    );
  }

  async function login(req: IncomingMessage, res: ServerResponse) {
    const form = await readForm(req);
    const request = pending.get(form.get('request') ?? '');
    if (!request)
      return send(res, 400, 'text/html', errorPage('ESIA-007014', 'запрос на вход устарел'));
    pending.delete(form.get('request')!);
    const fail = (code: EsiaErrorCode) =>
      errorRedirect(res, request.redirectUri, code, request.state);
    if (form.get('action') === 'deny') return fail('ESIA-007004');
    if (form.get('action') === 'fail') {
      const code = form.get('code') ?? '';
      return fail(isEsiaErrorCode(code) ? code : 'ESIA-007007');
    }
    const person = personByOid(form.get('oid') ?? '');
    if (!person)
      return send(res, 400, 'text/html', errorPage('ESIA-007014', 'нет такой учётной записи'));
    if (person.trusted === false) return fail('ESIA-007055');
    const code = randomBytes(24).toString('base64url');
    codes.set(code, { ...request, oid: person.oid, expiresAt: now() + codeTtlMs, used: false });
    const url = new URL(request.redirectUri);
    url.searchParams.set('code', code);
    url.searchParams.set('state', request.state);
    redirect(res, url.toString());
  }

  function idToken(clientId: string, oid: string, nonce: string | null): string {
    const t = Math.floor(now() / 1000);
    const defect = nextDefect;
    nextDefect = null;
    const claims = {
      iss: issuer,
      aud: defect === 'wrong-audience' ? 'SOMEONE_ELSE' : clientId,
      sub: Number(oid),
      nbf: t,
      iat: t,
      auth_time: t,
      exp: defect === 'expired' ? t - 3600 : t + tokenTtlSeconds,
      amr: 'PWD',
      'urn:esia:amd': 'PWD',
      'urn:esia:sid': randomUUID(),
      'urn:esia:sbj': {
        'urn:esia:sbj:typ': 'P',
        'urn:esia:sbj:is_tru': true,
        'urn:esia:sbj:oid': Number(oid),
        'urn:esia:sbj:nam': `OID.${oid}`,
      },
      ...(nonce ? { nonce } : {}),
    };
    if (defect === 'alg-none') return `${b64json({ alg: 'none', typ: 'JWT' })}.${b64json(claims)}.`;
    const input = `${b64json({ alg: 'RS256', typ: 'JWT', sbt: 'id' })}.${b64json(claims)}`;
    const key =
      defect === 'wrong-key'
        ? generateDevCertificate('forger').privateKeyPem
        : signing.privateKeyPem;
    const signature = sign('sha256', Buffer.from(input), key).toString('base64url');
    if (defect === 'tampered') {
      // Someone changed the subject after ESIA signed: the signature no longer covers the payload.
      const forged = {
        ...claims,
        sub: 1,
        'urn:esia:sbj': { ...claims['urn:esia:sbj'], 'urn:esia:sbj:oid': 1 },
      };
      return `${input.split('.')[0]}.${b64json(forged)}.${signature}`;
    }
    return `${input}.${signature}`;
  }

  async function token(req: IncomingMessage, res: ServerResponse) {
    const form = await readForm(req);
    const state = form.get('state') ?? undefined;
    const forced = takeFailure('token');
    if (forced) return errorJson(res, forced, state);
    if (TOKEN_PARAMS.some((p) => !form.get(p))) return errorJson(res, 'ESIA-007014', state);
    if (form.get('grant_type') !== 'authorization_code')
      return errorJson(res, 'ESIA-007003', state);
    const clientId = form.get('client_id')!;
    const client = clients.get(clientId);
    if (!client) return errorJson(res, 'ESIA-007002', state);
    const codeValue = form.get('code')!;
    const problem = await clientProblem(
      client,
      form,
      tokenSecretMessage({
        clientId,
        scope: form.get('scope')!,
        timestamp: form.get('timestamp')!,
        state: form.get('state')!,
        redirectUri: form.get('redirect_uri')!,
        code: codeValue,
      }),
    );
    if (problem) return errorJson(res, problem, state);
    const code = codes.get(codeValue);
    const usable =
      code &&
      !code.used &&
      code.expiresAt > now() &&
      code.clientId === clientId &&
      code.redirectUri === form.get('redirect_uri');
    if (code) code.used = true;
    if (!usable) return errorJson(res, 'ESIA-007011', state);
    const challenge = createHash('sha256').update(form.get('code_verifier')!).digest('base64url');
    if (challenge !== code.codeChallenge) return errorJson(res, 'ESIA-007040', state);
    const accessToken = randomBytes(32).toString('base64url');
    tokens.set(accessToken, {
      oid: code.oid,
      scopes: new Set(code.scope.split(' ')),
      expiresAt: now() + tokenTtlSeconds * 1000,
    });
    json(res, 200, {
      access_token: accessToken,
      id_token: idToken(clientId, code.oid, code.nonce),
      state,
      token_type: 'Bearer',
      expires_in: tokenTtlSeconds,
      refresh_token: randomUUID(),
    });
  }

  function personBody(p: SimulatorPerson | SimulatorKid, scopes: Set<string>, prefix: '' | 'kid_') {
    const has = (s: string) => scopes.has(`${prefix}${s}`);
    return {
      ...(has('fullname')
        ? {
            lastName: p.lastName,
            firstName: p.firstName,
            ...(p.middleName ? { middleName: p.middleName } : {}),
          }
        : {}),
      ...(has('birthdate') && p.birthDate ? { birthDate: toEsiaDate(p.birthDate) } : {}),
      ...(has('gender') ? { gender: p.sex === 'male' ? 'M' : 'F' } : {}),
      ...(has('snils') && p.snils ? { snils: toEsiaSnils(p.snils) } : {}),
    };
  }

  function rest(req: IncomingMessage, res: ServerResponse, path: string, query: URLSearchParams) {
    const forced = takeFailure('rest');
    if (forced) return errorJson(res, forced);
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const access = bearer ? tokens.get(bearer) : undefined;
    if (!access || access.expiresAt <= now()) return json(res, 401, { code: 'unauthorized' });
    const [, , , oid, resource, kidId] = path.split('/');
    const person = personByOid(oid ?? '');
    if (!person || oid !== access.oid) return json(res, 403, { code: 'forbidden' });
    const base = `${issuer.replace(/\/$/, '')}/rs/prns/${oid}`;
    if (!resource) {
      return json(res, 200, {
        stateFacts: ['EntityRoot'],
        eTag: createHash('sha1').update(person.oid).digest('hex'),
        trusted: person.trusted !== false,
        status: 'REGISTERED',
        ...personBody(person, access.scopes, ''),
      });
    }
    if (resource === 'kids') {
      if (![...access.scopes].some((s) => s.startsWith('kid_')))
        return json(res, 403, { code: 'forbidden' });
      const kid = (k: SimulatorKid) => ({
        id: Number(k.id),
        vrfStu: k.verified ? 'VERIFIED' : 'NOT_VERIFIED',
        ...personBody(k, access.scopes, 'kid_'),
      });
      const kids = person.kids ?? [];
      if (kidId) {
        const one = kids.find((k) => k.id === kidId);
        return one ? json(res, 200, kid(one)) : json(res, 404, { code: 'not_found' });
      }
      const embed = query.get('embed') === '(elements)';
      return json(res, 200, {
        stateFacts: ['hasSize'],
        size: kids.length,
        elements: embed ? kids.map(kid) : kids.map((k) => `${base}/kids/${k.id}`),
      });
    }
    if (resource === 'ctts') {
      const wants = (s: string) => access.scopes.has(s) || access.scopes.has('contacts');
      const elements = [
        ...(wants('email') && person.email
          ? [{ type: 'EML', value: person.email, vrfStu: 'VERIFIED' }]
          : []),
        ...(wants('mobile') && person.mobile
          ? [{ type: 'MBT', value: person.mobile, vrfStu: 'VERIFIED' }]
          : []),
      ];
      return json(res, 200, { stateFacts: ['hasSize'], size: elements.length, elements });
    }
    json(res, 404, { code: 'not_found' });
  }

  function logout(res: ServerResponse, query: URLSearchParams) {
    const client = clients.get(query.get('client_id') ?? '');
    const target = query.get('redirect_url') ?? '';
    let origin = '';
    try {
      origin = new URL(target).origin;
    } catch {
      // not a URL: refused below
    }
    const allowed = client?.redirectUris.some((u) => new URL(u).origin === origin) ?? false;
    if (!allowed)
      return send(res, 400, 'text/html', errorPage('ESIA-007023', 'адрес возврата не разрешён'));
    redirect(res, target);
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://simulator');
    const path = url.pathname;
    try {
      if (req.method === 'GET' && path === '/aas/oauth2/v2/ac')
        return await authorize(res, url.searchParams);
      if (req.method === 'POST' && path === '/login') return await login(req, res);
      if (req.method === 'POST' && path === '/aas/oauth2/v3/te') return await token(req, res);
      if (req.method === 'GET' && path.startsWith('/rs/prns/'))
        return rest(req, res, path, url.searchParams);
      if (req.method === 'GET' && path === '/idp/ext/Logout') return logout(res, url.searchParams);
      if (req.method === 'POST' && path === '/__simulator/fail') {
        // For a simulator run as its own process: the same switch as failNext().
        const form = await readForm(req);
        const code = form.get('code') ?? '';
        if (!isEsiaErrorCode(code)) return json(res, 400, { error: 'unknown code' });
        simulator.failNext(code, (form.get('endpoint') as SimulatedEndpoint | null) ?? undefined);
        return json(res, 200, { ok: true });
      }
      json(res, 404, { code: 'not_found' });
    } catch {
      if (!res.headersSent) errorJson(res, 'ESIA-007007');
    }
  }

  const server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  const url = `http://${options.host ?? '127.0.0.1'}:${address.port}`;
  issuer = `${url}/`;

  const simulator: EsiaSimulator = {
    url,
    issuer,
    certificatePem: signing.certificatePem,
    registerClient: (client) => void clients.set(client.clientId, client),
    failNext(code, endpoint) {
      const where = endpoint ?? DEFAULT_ENDPOINT[code] ?? 'token';
      failures.set(where, [...(failures.get(where) ?? []), code]);
    },
    defectNextIdToken(defect) {
      nextDefect = defect;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
  return simulator;
}
