import type { IncomingMessage, ServerResponse } from 'node:http';
import { ANONYMOUS, VIEWER_HEADER, type VerifiedRequestIdentity } from '@dnevnik/auth';
import type { Logger } from '@dnevnik/logging';
import type { RouteHandler } from '@dnevnik/server-kit';
import { requestId, requestSource } from './request-source.js';

/** The browser-facing login pages identity serves; the gateway is their only public door. */
export const AUTH_PATHS = [
  '/auth/login',
  '/auth/esia/start',
  '/auth/esia/callback',
  '/auth/esia/logout',
] as const;

/** Headers of identity's answer that the browser needs; nothing else leaks out. */
const PASSED_HEADERS = [
  'location',
  'content-type',
  'cache-control',
  'content-security-policy',
  'referrer-policy',
  'x-content-type-options',
];

const UNAVAILABLE_PAGE = `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Вход недоступен</title></head>
<body><h1>Вход временно недоступен</h1><p>Служба входа не отвечает. Попробуйте через несколько минут.</p></body></html>`;

/**
 * Forwards the login pages and ESIA's redirects to identity, signing the visitor's address and
 * user agent the way GraphQL requests are signed, so identity trusts no header a client wrote.
 * Redirects and cookies pass through unchanged; the browser never talks to identity directly.
 */
export function createAuthRoutes(options: {
  identityBaseUrl: string;
  sign: (identity: VerifiedRequestIdentity) => Promise<string>;
  trustProxy: boolean;
  timeoutMs: number;
  logger: Logger;
}): Record<string, RouteHandler> {
  async function forward(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://gateway');
    const id = requestId(req);
    const assertion = await options.sign({
      viewer: ANONYMOUS,
      source: requestSource(req, options.trustProxy),
      requestId: id,
    });
    let upstream: Response;
    try {
      upstream = await fetch(`${options.identityBaseUrl}${url.pathname}${url.search}`, {
        headers: {
          [VIEWER_HEADER]: assertion,
          'x-request-id': id,
          accept: 'text/html',
          ...(req.headers.cookie ? { cookie: req.headers.cookie } : {}),
        },
        redirect: 'manual',
        signal: AbortSignal.timeout(options.timeoutMs),
      });
    } catch (err) {
      options.logger.warn({ reason: (err as Error).message }, 'identity login pages unreachable');
      res.writeHead(503, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
      });
      res.end(UNAVAILABLE_PAGE);
      return;
    }
    const headers: Record<string, string | string[]> = {};
    for (const name of PASSED_HEADERS) {
      const value = upstream.headers.get(name);
      if (value) headers[name] = value;
    }
    const cookies = upstream.headers.getSetCookie();
    if (cookies.length > 0) headers['set-cookie'] = cookies;
    const body = Buffer.from(await upstream.arrayBuffer());
    res.writeHead(upstream.status, headers);
    res.end(body);
  }
  return Object.fromEntries(AUTH_PATHS.map((path) => [path, forward]));
}

/** identity's base URL from its GraphQL URL: the override, or the supergraph's routing URL. */
export function identityBaseUrl(supergraphSdl: string, override: string | undefined): string {
  const routing = /@join__graph\(name: "identity", url: "([^"]+)"\)/.exec(supergraphSdl)?.[1];
  const url = override ?? routing;
  if (!url) throw new Error('The supergraph has no identity subgraph to serve the login pages');
  return url.replace(/\/graphql\/?$/, '');
}
