import type { MikroORM } from '@mikro-orm/postgresql';
import { VIEWER_HEADER, type ViewerVerifier } from '@dnevnik/auth';
import type { Logger } from '@dnevnik/logging';
import { sendJson, type RouteHandler } from '@dnevnik/server-kit';
import { sessionsRevokedAfter } from './access.queries.js';
import {
  parseRevocationCursor,
  revocationFeedFrom,
  type RevocationFeedPolicy,
} from './revocation.rules.js';

export const REVOCATION_FEED_PATH = '/internal/revocations';

/** One answer of the feed; the gateway's `revocation.ts` reads exactly this. */
export interface RevocationFeedPage {
  /** Send it back as `?since=` next time. */
  cursor: string;
  /** How long the gateway must remember a revoked session (the longest token lifetime). */
  retentionSeconds: number;
  sessions: { id: string; revokedAt: number }[];
}

/**
 * GET /internal/revocations?since=<cursor>: the sessions revoked since the cursor (logout, a
 * session ended by its owner, a role changed, a guardianship removed, a refresh token reused).
 * The gateway polls it about once a second and refuses those sessions' access tokens. Like
 * GraphQL, it answers only a request that carries the gateway's signed identity.
 */
export function revocationRoutes(options: {
  verifyViewer: ViewerVerifier;
  orm: () => MikroORM;
  policy: RevocationFeedPolicy;
  logger: Logger;
}): Record<string, RouteHandler> {
  return {
    [REVOCATION_FEED_PATH]: async (req, res) => {
      const header = req.headers[VIEWER_HEADER];
      try {
        await options.verifyViewer(Array.isArray(header) ? header[0] : header);
      } catch {
        sendJson(res, 401, {
          errors: [
            {
              message: 'Запрос должен приходить через шлюз.',
              extensions: { code: 'UNAUTHENTICATED' },
            },
          ],
        });
        return;
      }
      const now = Date.now();
      const cursor = parseRevocationCursor(
        new URL(req.url ?? '/', 'http://x').searchParams.get('since'),
      );
      const from = revocationFeedFrom(cursor, now, options.policy);
      const rows = await sessionsRevokedAfter(options.orm().em.fork(), from);
      const page: RevocationFeedPage = {
        cursor: String(now),
        retentionSeconds: Math.ceil(options.policy.retentionMs / 1000),
        sessions: rows.map((s) => ({ id: s.id, revokedAt: s.revokedAt!.getTime() })),
      };
      res.setHeader('cache-control', 'no-store');
      sendJson(res, 200, page);
    },
  };
}
