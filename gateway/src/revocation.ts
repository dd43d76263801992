import { Gauge, type Registry } from 'prom-client';
import { v4 as uuidv4 } from 'uuid';
import { z } from 'zod';
import {
  ANONYMOUS,
  VIEWER_HEADER,
  type TokenViewer,
  type VerifiedRequestIdentity,
} from '@dnevnik/auth';
import type { Logger } from '@dnevnik/logging';
import { HttpError } from '@dnevnik/server-kit';

/**
 * Revocation at the gateway (docs/adr/0008-revocation-at-the-gateway.md). Identity serves the
 * sessions it revoked (logout, a session ended by its owner, a role changed, a guardianship
 * removed, a reused refresh token) at GET /internal/revocations; the gateway polls it, keeps
 * the revoked session ids for as long as their access tokens can live, and refuses those
 * tokens. When its copy is older than the bound it cannot tell, and refuses every signed-in
 * request instead of letting a revoked token through.
 */

// ---- Pure bookkeeping -------------------------------------------------------------------------

/** What identity's feed answers (services/identity/src/modules/access/serve-revocation-feed.ts). */
export const revocationPageSchema = z.object({
  cursor: z.string().regex(/^\d{1,15}$/),
  retentionSeconds: z.number().int().positive(),
  sessions: z.array(z.object({ id: z.string().min(1), revokedAt: z.number() })),
});
export type RevocationPage = z.infer<typeof revocationPageSchema>;

/** Revoked session id → the instant after which no token of that session can still be valid. */
export type RevokedSessions = Map<string, number>;

/**
 * Adds a page of the feed to the set and forgets sessions whose tokens have all expired. A
 * session's tokens were all issued before it was revoked, so none outlives revokedAt + the
 * longest token lifetime (which identity sends as retentionSeconds).
 */
export function applyRevocationPage(
  revoked: RevokedSessions,
  page: RevocationPage,
  now: number,
): RevokedSessions {
  const retentionMs = page.retentionSeconds * 1000;
  for (const session of page.sessions) {
    const forgetAt = session.revokedAt + retentionMs;
    if (forgetAt > (revoked.get(session.id) ?? -Infinity)) revoked.set(session.id, forgetAt);
  }
  return forgetExpired(revoked, now);
}

export function forgetExpired(revoked: RevokedSessions, now: number): RevokedSessions {
  for (const [id, forgetAt] of revoked) if (forgetAt <= now) revoked.delete(id);
  return revoked;
}

export type FeedState = 'starting' | 'fresh' | 'stale';

/** Fresh while the last successful poll is at most the bound old; never loaded is `starting`. */
export function feedState(
  lastSyncAt: number | null,
  now: number,
  maxStalenessMs: number,
): FeedState {
  if (lastSyncAt === null) return 'starting';
  return now - lastSyncAt <= maxStalenessMs ? 'fresh' : 'stale';
}

export type SessionVerdict = 'active' | 'revoked' | 'unknown';

/**
 * A signed-in request's fate: a session known to be revoked is refused whatever the feed's
 * state; otherwise it passes only while the gateway's copy is fresh (fail closed).
 */
export function sessionVerdict(
  sessionId: string,
  revoked: RevokedSessions,
  state: FeedState,
): SessionVerdict {
  if (revoked.has(sessionId)) return 'revoked';
  return state === 'fresh' ? 'active' : 'unknown';
}

// ---- The feed's client --------------------------------------------------------------------------

export const SESSION_REVOKED_MESSAGE = 'Сессия завершена. Войдите снова.';
export const REVOCATION_UNKNOWN_MESSAGE =
  'Не удаётся проверить, действует ли ваша сессия: служба входа временно не отвечает. ' +
  'Повторите попытку через минуту.';

export interface RevocationGuard {
  /** Loads the set once (the first load waits for it), then polls until stop(). */
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Throws HttpError 401 for a revoked session, 503 when the gateway's copy is too old. */
  check(viewer: TokenViewer): void;
  /** For /ready: the feed's state, the age of the last successful read, the set's size. */
  status(): { state: FeedState; lastSyncAgeMs: number | null; revoked: number };
}

export function createRevocationGuard(options: {
  feedUrl: string;
  sign: (identity: VerifiedRequestIdentity) => Promise<string>;
  pollMs: number;
  maxStalenessMs: number;
  logger: Logger;
  registry?: Registry;
  now?: () => number;
}): RevocationGuard {
  const now = options.now ?? Date.now;
  const log = options.logger.child({ component: 'revocation' });
  const revoked: RevokedSessions = new Map();
  let cursor: string | null = null;
  let lastSyncAt: number | null = null;
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  let failing = false;
  // A poll must end well within the bound, or one slow answer alone would make the copy stale.
  const timeoutMs = Math.max(200, Math.min(2_000, options.maxStalenessMs / 2));

  if (options.registry) {
    new Gauge({
      name: 'gateway_revocation_feed_age_seconds',
      help: 'Seconds since the revocation feed was last read successfully (-1: never)',
      registers: [options.registry],
      collect() {
        this.set(lastSyncAt === null ? -1 : (now() - lastSyncAt) / 1000);
      },
    });
    new Gauge({
      name: 'gateway_revoked_sessions',
      help: 'Revoked sessions whose access tokens the gateway refuses',
      registers: [options.registry],
      collect() {
        this.set(revoked.size);
      },
    });
  }

  async function poll(): Promise<void> {
    const started = now();
    try {
      const url = new URL(options.feedUrl);
      if (cursor) url.searchParams.set('since', cursor);
      const requestId = `revocation-feed-${uuidv4()}`;
      const assertion = await options.sign({
        viewer: ANONYMOUS,
        source: { ip: null, userAgent: 'dnevnik-gateway' },
        requestId,
      });
      const res = await fetch(url, {
        headers: { [VIEWER_HEADER]: assertion, 'x-request-id': requestId },
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (!res.ok) throw new Error(`revocation feed answered HTTP ${res.status}`);
      const page = revocationPageSchema.parse(await res.json());
      applyRevocationPage(revoked, page, now());
      cursor = page.cursor;
      // The copy is as old as the moment the request left, not the moment the answer arrived.
      lastSyncAt = started;
      if (failing) log.info({ revoked: revoked.size }, 'revocation feed reachable again');
      failing = false;
    } catch (err) {
      forgetExpired(revoked, now());
      if (!failing) {
        log.warn({ reason: (err as Error).message }, 'revocation feed unreachable');
      }
      failing = true;
    }
  }

  function schedule() {
    if (stopped) return;
    timer = setTimeout(() => {
      void poll().finally(schedule);
    }, options.pollMs);
    timer.unref();
  }

  return {
    async start() {
      stopped = false;
      await poll();
      if (lastSyncAt === null) {
        log.warn('revocation feed not loaded at start: signed-in requests wait for it');
      }
      schedule();
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
    check(viewer) {
      const verdict = sessionVerdict(
        viewer.sessionId,
        revoked,
        feedState(lastSyncAt, now(), options.maxStalenessMs),
      );
      if (verdict === 'revoked') {
        throw new HttpError(401, SESSION_REVOKED_MESSAGE, 'UNAUTHENTICATED');
      }
      if (verdict === 'unknown') {
        throw new HttpError(503, REVOCATION_UNKNOWN_MESSAGE, 'SERVICE_UNAVAILABLE');
      }
    },
    status() {
      return {
        state: feedState(lastSyncAt, now(), options.maxStalenessMs),
        lastSyncAgeMs: lastSyncAt === null ? null : now() - lastSyncAt,
        revoked: revoked.size,
      };
    },
  };
}
