import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { isAppError } from '@dnevnik/errors';
import type { Logger } from '@dnevnik/logging';
import { isTemporaryFailure } from './temporary-failure.js';

/** Codes produced by GraphQL itself that are safe and useful to show as they are. */
const PASS_THROUGH = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'DEADLINE_PASSED',
  'TOO_MANY_REQUESTS',
  'SUBGRAPH_UNAVAILABLE',
  'SERVICE_UNAVAILABLE',
  // The gateway's cost limit (gateway/src/cost-limit.ts).
  'QUERY_TOO_COMPLEX',
]);

/**
 * The error a resolver threw. Apollo's own unwrapping checks `instanceof GraphQLError`, which
 * fails for an error built by another copy of graphql (CJS next to ESM); the resolver's path and
 * original error are checked structurally as well.
 */
function unwrapped(error: unknown): unknown {
  const first = unwrapResolverError(error);
  if (first !== error || typeof error !== 'object' || error === null) return first;
  const e = error as { path?: unknown; originalError?: unknown };
  return e.path && e.originalError ? e.originalError : error;
}

/**
 * Error masking: clients get a code and a message meant for them, never a stack trace, an SQL
 * fragment or an internal URL. Unknown failures are logged with the request id the client sees.
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapped(error);
    if (isAppError(original)) {
      return {
        message: original.message,
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { code: original.code, ...(original.details ?? {}) },
      };
    }
    const code = formatted.extensions?.code;
    // A plain Error thrown by a resolver is never shown, whatever code it claims.
    // GraphQLError and its subclasses carry `extensions`; checked structurally because libraries
    // may load their own copy of graphql (CJS next to ESM), which defeats instanceof.
    const fromGraphQL = !(original instanceof Error) || 'extensions' in original;
    if (typeof code === 'string' && PASS_THROUGH.has(code) && fromGraphQL) {
      const { stacktrace: _s, exception: _e, ...extensions } = formatted.extensions ?? {};
      return {
        message: formatted.message,
        ...(formatted.locations ? { locations: formatted.locations } : {}),
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions,
      };
    }
    if (isTemporaryFailure(original)) {
      // The client may send the same request again; a write whose commit was cut off may have
      // been stored, which is why writes that matter take a request id (postMark's requestId).
      logger.warn({ err: original, path: formatted.path }, 'database unavailable');
      return {
        message: 'Сервис временно недоступен. Повторите запрос через несколько секунд.',
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      };
    }
    logger.error({ err: original, path: formatted.path }, 'unexpected error in resolver');
    return {
      message: 'Внутренняя ошибка. Попробуйте ещё раз позже.',
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
