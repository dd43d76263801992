import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import type { DocumentNode } from 'graphql';
import {
  IdentityAssertionError,
  VIEWER_HEADER,
  type RequestSource,
  type Viewer,
  type ViewerVerifier,
} from '@dnevnik/auth';
import type { Logger } from '@dnevnik/logging';
import { createErrorFormatter } from './errors.js';
import { applyInputPolicy, withInputPolicyDirective } from './input-policy.js';
import { createHttpServer, HttpError, sendJson, type RouteHandler } from './http-server.js';
import { createMetrics } from './metrics.js';

/** What every resolver of every subgraph gets; services extend it with their own members. */
export interface BaseRequestContext {
  viewer: Viewer;
  source: RequestSource;
  requestId: string;
  logger: Logger;
}

export type Readiness = () => Promise<Record<string, boolean>>;

export interface SubgraphServerOptions<TContext extends BaseRequestContext> {
  name: string;
  typeDefs: DocumentNode;
  /** The service's resolvers, typed by its generated `Resolvers` type (graphql-codegen). */
  resolvers: object;
  logger: Logger;
  verifyViewer: ViewerVerifier;
  /** Adds the service's per-request members (EntityManager fork, DataLoaders) to the base. */
  buildContext: (base: BaseRequestContext) => TContext | Promise<TContext>;
  /** Checks of the service's dependencies for /ready (database, broker). */
  readiness: Readiness;
  production: boolean;
  routes?: Record<string, RouteHandler>;
  maxBodyBytes?: number;
}

/**
 * A subgraph's HTTP server: Apollo Server over the federation schema, refusing any request that
 * lacks the gateway's signed identity, with /health, /ready, /metrics and masked errors.
 */
export function createSubgraphServer<TContext extends BaseRequestContext>(
  options: SubgraphServerOptions<TContext>,
) {
  const metrics = createMetrics(options.name);
  const apollo = new ApolloServer<TContext>({
    schema: applyInputPolicy(
      buildSubgraphSchema([
        {
          typeDefs: withInputPolicyDirective(options.typeDefs),
          resolvers: options.resolvers as GraphQLResolverMap<unknown>,
        },
      ]),
    ),
    formatError: createErrorFormatter(options.logger),
    includeStacktraceInErrorResponses: false,
    introspection: !options.production,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    // Traces are for Apollo's hosted studio, which a regional system does not send data to (G5).
    plugins: [metrics.plugin, ApolloServerPluginInlineTraceDisabled()],
  });

  return createHttpServer<TContext>({
    name: options.name,
    logger: options.logger,
    apollo,
    onRequestFinished: metrics.observeRequest,
    ...(options.maxBodyBytes ? { maxBodyBytes: options.maxBodyBytes } : {}),
    routes: {
      '/health': (_req, res) => sendJson(res, 200, { status: 'ok' }),
      '/ready': async (_req, res) => {
        const checks = await options.readiness().catch(() => ({ readiness: false }));
        const ok = Object.values(checks).every(Boolean);
        sendJson(res, ok ? 200 : 503, { status: ok ? 'ready' : 'not ready', checks });
      },
      '/metrics': metrics.route,
      ...options.routes,
    },
    context: async (req) => {
      const header = req.headers[VIEWER_HEADER];
      let identity;
      try {
        identity = await options.verifyViewer(Array.isArray(header) ? header[0] : header);
      } catch (err) {
        if (err instanceof IdentityAssertionError) {
          // Only the gateway may call a subgraph; anything else is turned away unexecuted.
          throw new HttpError(401, 'Запрос должен приходить через шлюз.', 'UNAUTHENTICATED');
        }
        throw err;
      }
      const logger = options.logger.child({ requestId: identity.requestId });
      return options.buildContext({ ...identity, logger });
    },
  });
}
