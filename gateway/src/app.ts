import { readFileSync } from 'node:fs';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { Counter } from 'prom-client';
import {
  ANONYMOUS,
  createAccessTokenVerifier,
  createViewerSigner,
  generateKeyPairPem,
  InvalidAccessTokenError,
  type AccessTokenVerifier,
} from '@dnevnik/auth';
import type { Logger } from '@dnevnik/logging';
import {
  createErrorFormatter,
  createHttpServer,
  createMetrics,
  HttpError,
  sendJson,
  type RunningHttpServer,
} from '@dnevnik/server-kit';
import { createAuthRoutes, identityBaseUrl } from './auth-routes.js';
import { costLimitPlugin } from './cost-limit.js';
import { parseNamedValues, type GatewayEnv } from './env.js';
import { createInflightLimiter, inflightKey } from './inflight-limit.js';
import { requestId, requestSource } from './request-source.js';
import { createRevocationGuard } from './revocation.js';
import { SubgraphDataSource, type GatewayContext } from './subgraph-data-source.js';
import { hidingSuggestions } from './suggestions.js';

export interface GatewayOptions {
  env: GatewayEnv;
  logger: Logger;
  supergraphSdl?: string;
  /** The embedded stack passes the key pair it generated; otherwise GATEWAY_SIGNING_KEY. */
  signingKeyPem?: string;
  /** Replaces JWKS fetching from identity (tests with a fixed key set). */
  verifyAccessToken?: AccessTokenVerifier;
}

export interface Gateway {
  start(): Promise<RunningHttpServer>;
  stop(): Promise<void>;
  /** The public key subgraphs must be configured with (SPKI PEM). */
  publicKeyPem: string;
}

export async function createGateway(options: GatewayOptions): Promise<Gateway> {
  const { env, logger } = options;
  const production = env.NODE_ENV === 'production';
  let signingKeyPem = options.signingKeyPem ?? env.GATEWAY_SIGNING_KEY;
  let publicKeyPem: string;
  if (!signingKeyPem) {
    logger.warn('GATEWAY_SIGNING_KEY not set: generated a key for this run');
    const pair = await generateKeyPairPem('EdDSA');
    signingKeyPem = pair.privateKeyPem;
    publicKeyPem = pair.publicKeyPem;
  } else {
    const { createPublicKey } = await import('node:crypto');
    publicKeyPem = createPublicKey(signingKeyPem)
      .export({ type: 'spki', format: 'pem' })
      .toString();
  }
  const sign = await createViewerSigner(signingKeyPem);
  const verifyAccessToken =
    options.verifyAccessToken ?? createAccessTokenVerifier({ jwksUrl: env.IDENTITY_JWKS_URL });

  const supergraphSdl =
    options.supergraphSdl ??
    readFileSync(
      env.SUPERGRAPH_PATH ?? new URL('../../schemas/supergraph.graphql', import.meta.url),
      'utf8',
    );
  const urlOverrides = parseNamedValues(env.SUBGRAPH_URLS);
  const timeoutOverrides = parseNamedValues(env.SUBGRAPH_TIMEOUTS);

  const metrics = createMetrics('gateway');
  const subgraphRequests = new Counter({
    name: 'gateway_subgraph_requests_total',
    help: 'Requests the gateway sent to subgraphs, by outcome',
    labelNames: ['subgraph', 'outcome'] as const,
    registers: [metrics.registry],
  });

  // Revoked sessions, from identity's feed: refused here, the one way in (docs/adr/0008).
  const revocation = createRevocationGuard({
    feedUrl:
      env.REVOCATION_FEED_URL ??
      `${identityBaseUrl(supergraphSdl, urlOverrides.identity)}/internal/revocations`,
    sign,
    pollMs: env.REVOCATION_POLL_MS,
    maxStalenessMs: env.REVOCATION_MAX_STALENESS_MS,
    logger,
    registry: metrics.registry,
  });

  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) =>
      new SubgraphDataSource({
        name,
        url: urlOverrides[name] ?? url!,
        timeoutMs: Number(timeoutOverrides[name] ?? env.SUBGRAPH_TIMEOUT_MS),
        sign,
        requests: subgraphRequests,
        logger,
      }),
  });

  // Limits are checked before anything executes, so an abusive query never reaches a subgraph:
  // the text's size before parsing, tokens while parsing, depth, aliases and directives during
  // validation, the cost (with the variables) once the operation is resolved (gateway/README.md).
  // graphql-armor's own token and cost checks are off: the first threw in parsingDidStart (HTTP
  // 500 for any typo), the second ignored list sizes. Its field-suggestion filter is replaced by
  // hidingSuggestions, which covers enum values too.
  const armor = new ApolloArmor({
    maxDepth: { n: env.MAX_DEPTH, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: env.MAX_ALIASES },
    maxDirectives: { n: 20 },
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  });
  const protection = armor.protect();
  const formatError = createErrorFormatter(logger);

  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    formatError: production ? hidingSuggestions(formatError) : formatError,
    includeStacktraceInErrorResponses: false,
    introspection: !production,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    // graphql-js counts the tokens while it parses; too many is a syntax error: HTTP 400.
    parseOptions: { maxTokens: env.MAX_TOKENS },
    validationRules: protection.validationRules,
    plugins: [
      ...(protection.plugins as never[]),
      costLimitPlugin<GatewayContext>({ maxCost: env.MAX_COST }),
      metrics.plugin as never,
      ApolloServerPluginLandingPageDisabled(),
    ],
  });

  // Requests in flight per viewer: one viewer's burst waits for its own answers, not everyone's.
  const inflight = createInflightLimiter();
  const inflightLimits = {
    perViewer: env.MAX_CONCURRENT_PER_VIEWER,
    perAnonymousAddress: env.MAX_CONCURRENT_PER_ADDRESS,
  };

  const http = createHttpServer<GatewayContext>({
    name: 'gateway',
    logger,
    apollo,
    onRequestFinished: metrics.observeRequest,
    maxBodyBytes: env.MAX_REQUEST_BYTES,
    // The query text alone; attachments travel base64 in the variables, under the body limit.
    maxQueryBytes: env.MAX_QUERY_BYTES,
    admit: (_req, { identity }) => {
      const { key, limit } = inflightKey(identity.viewer, identity.source.ip, inflightLimits);
      const release = inflight.tryEnter(key, limit);
      if (!release)
        throw new HttpError(
          429,
          'Слишком много одновременных запросов. Дождитесь ответа на предыдущие и повторите.',
          'TOO_MANY_REQUESTS',
          { 'retry-after': '1' },
        );
      return release;
    },
    // A GraphiQL bundled in the package: works without internet. Never in production.
    landingPage: production
      ? undefined
      : () => renderGraphiQL({ endpoint: '/graphql', title: 'Dnevnik Graph' } as never),
    routes: {
      '/health': (_req, res) => sendJson(res, 200, { status: 'ok' }),
      // Reports the revocation feed without depending on it: while identity is unreachable the
      // signed-in requests fail closed, and the rest of the graph stays served (docs/adr/0008).
      '/ready': (_req, res) =>
        sendJson(res, 200, { status: 'ready', checks: { revocationFeed: revocation.status() } }),
      '/metrics': metrics.route,
      // Login pages and ESIA's redirects (A9), served by identity.
      ...createAuthRoutes({
        identityBaseUrl: identityBaseUrl(supergraphSdl, urlOverrides.identity),
        sign,
        trustProxy: env.TRUST_PROXY,
        timeoutMs: Number(timeoutOverrides.identity ?? env.SUBGRAPH_TIMEOUT_MS),
        logger,
      }),
    },
    context: async (req) => {
      const id = requestId(req);
      const source = requestSource(req, env.TRUST_PROXY);
      const auth = req.headers.authorization;
      if (!auth) return { identity: { viewer: ANONYMOUS, source, requestId: id } };
      const match = /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(auth);
      if (!match)
        throw new HttpError(
          401,
          'Неверный заголовок Authorization: ожидается «Bearer <токен>».',
          'UNAUTHENTICATED',
        );
      try {
        const viewer = await verifyAccessToken(match[1]!);
        // A revoked session, or a feed too old to tell: refused before anything executes.
        revocation.check(viewer);
        return { identity: { viewer, source, requestId: id } };
      } catch (err) {
        if (err instanceof InvalidAccessTokenError) {
          // A bad token is refused outright rather than treated as anonymous, so clients notice.
          throw new HttpError(
            401,
            'Токен доступа недействителен или истёк. Обновите сессию или войдите снова.',
            'UNAUTHENTICATED',
          );
        }
        throw err;
      }
    },
  });

  let running: RunningHttpServer | null = null;
  return {
    publicKeyPem,
    async start() {
      await revocation.start();
      running = await http.start(env.GATEWAY_PORT, env.GATEWAY_HOST);
      return running;
    },
    async stop() {
      await running?.stop();
      await revocation.stop();
    },
  };
}
