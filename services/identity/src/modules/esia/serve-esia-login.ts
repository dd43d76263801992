import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { MikroORM } from '@mikro-orm/postgresql';
import { ANONYMOUS, VIEWER_HEADER, type ViewerVerifier } from '@dnevnik/auth';
import type { Logger } from '@dnevnik/logging';
import type { RouteHandler } from '@dnevnik/server-kit';
import type { RouteContext } from '../../context.js';
import type { EsiaSettings } from './build-esia-settings.js';
import { EsiaLoginFailure, failureMessage, type EsiaFailure } from './esia.rules.js';
import { handleEsiaCallback } from './handle-esia-callback.js';
import { loginPage } from './login-page.js';
import { startEsiaLogin } from './start-esia-login.js';

const COOKIE = 'dnevnik_esia_flow';
const COOKIE_PATH = '/auth/esia';

function cookieOf(req: IncomingMessage, name: string): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=') || null;
  }
  return null;
}

function cookie(value: string, maxAge: number, secure: boolean): string {
  // Lax: the cookie comes back on ESIA's top-level redirect, and on no cross-site subrequest.
  return `${COOKIE}=${value}; Path=${COOKIE_PATH}; Max-Age=${maxAge}; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`;
}

function page(
  res: ServerResponse,
  status: number,
  input: { esiaEnabled: boolean; error?: string },
  extra: Record<string, string | string[]> = {},
) {
  const nonce = randomBytes(16).toString('base64');
  const html = loginPage({ ...input, nonce });
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'referrer-policy': 'no-referrer',
    'x-content-type-options': 'nosniff',
    'content-security-policy': `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'nonce-${nonce}'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'`,
    ...extra,
  });
  res.end(html);
}

function redirect(res: ServerResponse, location: string, extra: Record<string, string> = {}) {
  res.writeHead(303, {
    location,
    'cache-control': 'no-store',
    'referrer-policy': 'no-referrer',
    ...extra,
  });
  res.end();
}

/**
 * The browser side of ESIA login, served by identity and reached only through the gateway, which
 * signs the request's source like any other: GET /auth/login, /auth/esia/start (`?purpose=parent`
 * adds the kids list), /auth/esia/callback and /auth/esia/logout.
 */
export function esiaRoutes(options: {
  settings: EsiaSettings | null;
  verifyViewer: ViewerVerifier;
  orm: () => MikroORM;
  logger: Logger;
  /** Wakes the outbox relay after a commit made here. */
  afterCommit: () => void;
}): Record<string, RouteHandler> {
  const { settings } = options;
  const enabled = settings !== null;
  const fail = (
    res: ServerResponse,
    reason: EsiaFailure,
    esiaCode: string | null = null,
    extra = {},
  ) => {
    const { status, message } = failureMessage(reason, esiaCode);
    page(res, status, { esiaEnabled: enabled, error: message }, extra);
  };

  /** A request context like GraphQL's, for an anonymous visitor the gateway vouches for. */
  async function context(req: IncomingMessage): Promise<RouteContext | null> {
    const header = req.headers[VIEWER_HEADER];
    try {
      const identity = await options.verifyViewer(Array.isArray(header) ? header[0] : header);
      const logger = options.logger.child({ requestId: identity.requestId, component: 'esia' });
      return {
        viewer: ANONYMOUS,
        source: identity.source,
        requestId: identity.requestId,
        logger,
        em: options.orm().em.fork(),
        deps: { afterCommit: options.afterCommit },
      };
    } catch {
      return null;
    }
  }

  const guarded =
    (
      handler: (req: IncomingMessage, res: ServerResponse, ctx: RouteContext) => Promise<void>,
    ): RouteHandler =>
    async (req, res) => {
      const ctx = await context(req);
      if (!ctx) return fail(res, 'gateway');
      try {
        await handler(req, res, ctx);
      } catch (err) {
        if (err instanceof EsiaLoginFailure)
          return fail(res, err.reason, err.esiaCode, {
            'set-cookie': cookie('', 0, settings?.secureCookie ?? false),
          });
        ctx.logger.error({ err }, 'ESIA login route failed');
        fail(res, 'internal');
      }
    };

  return {
    '/auth/login': guarded(async (_req, res) => page(res, 200, { esiaEnabled: enabled })),
    '/auth/esia/start': guarded(async (req, res, ctx) => {
      if (!settings) return fail(res, 'disabled');
      const purpose =
        new URL(req.url ?? '/', 'http://x').searchParams.get('purpose') === 'parent'
          ? 'parent'
          : 'login';
      const { location, browserKey } = await startEsiaLogin(ctx, settings, purpose);
      redirect(res, location, { 'set-cookie': cookie(browserKey, 600, settings.secureCookie) });
    }),
    '/auth/esia/callback': guarded(async (req, res, ctx) => {
      if (!settings) return fail(res, 'disabled');
      const query = new URL(req.url ?? '/', 'http://x').searchParams;
      const code = await handleEsiaCallback(ctx, settings, {
        query,
        browserKey: cookieOf(req, COOKIE),
      });
      // In the fragment: it never reaches a server log or a Referer header.
      redirect(res, `${settings.resultUrl}#esia_code=${code}`, {
        'set-cookie': cookie('', 0, settings.secureCookie),
      });
    }),
    '/auth/esia/logout': guarded(async (_req, res) => {
      if (!settings) return redirect(res, '/auth/login');
      redirect(res, settings.client.logoutUrl(settings.logoutRedirectUrl));
    }),
  };
}
