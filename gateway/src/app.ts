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
import { parseNamedValues, type GatewayEnv } from './env.js';
import { requestId, requestSource } from './request-source.js';
import { SubgraphDataSource, type GatewayContext } from './subgraph-data-source.js';

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

  // Limits are checked during validation, so an abusive query never reaches a subgraph.
  const armor = new ApolloArmor({
    maxDepth: { n: env.MAX_DEPTH, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: env.MAX_ALIASES },
    maxTokens: { n: env.MAX_TOKENS },
    costLimit: { maxCost: env.MAX_COST },
    maxDirectives: { n: 20 },
    blockFieldSuggestion: { enabled: production },
  });
  const protection = armor.protect();

  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    formatError: createErrorFormatter(logger),
    includeStacktraceInErrorResponses: false,
    introspection: !production,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    validationRules: protection.validationRules,
    plugins: [
      ...(protection.plugins as never[]),
      metrics.plugin as never,
      ApolloServerPluginLandingPageDisabled(),
    ],
  });

  const http = createHttpServer<GatewayContext>({
    name: 'gateway',
    logger,
    apollo,
    onRequestFinished: metrics.observeRequest,
    maxBodyBytes: env.MAX_REQUEST_BYTES,
    // A GraphiQL bundled in the package: works without internet. Never in production.
    landingPage: production
      ? undefined
      : () => renderGraphiQL({ endpoint: '/graphql', title: 'Dnevnik Graph' } as never),
    routes: {
      '/health': (_req, res) => sendJson(res, 200, { status: 'ok' }),
      '/ready': (_req, res) => sendJson(res, 200, { status: 'ready' }),
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
      running = await http.start(env.GATEWAY_PORT, env.GATEWAY_HOST);
      return running;
    },
    async stop() {
      await running?.stop();
    },
  };
}
