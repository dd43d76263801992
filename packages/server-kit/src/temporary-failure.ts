/**
 * Whether an unexpected error means the service's database (or another dependency) is out of
 * reach for a moment — restarting, failing over, refusing connections — rather than a bug. The
 * client is then told to try again instead of seeing an internal error; nothing was stored,
 * because the statement that failed never committed.
 */
const UNAVAILABLE_SQLSTATES = new Set([
  '57P01', // admin_shutdown: the server is stopping
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now: starting up or in recovery
  '53300', // too_many_connections
]);
const NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH']);
const MESSAGES = [
  /Connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /Client has encountered a connection error/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
  /terminating connection due to administrator command/i,
];

interface ErrorShape {
  code?: unknown;
  message?: unknown;
  cause?: unknown;
  errors?: unknown;
}

function matches(err: ErrorShape): boolean {
  const code = typeof err.code === 'string' ? err.code : '';
  if (UNAVAILABLE_SQLSTATES.has(code) || code.startsWith('08') || NODE_CODES.has(code))
    return code.length > 0;
  const message = typeof err.message === 'string' ? err.message : '';
  return MESSAGES.some((m) => m.test(message));
}

/** Looks through the error, its causes and an AggregateError's parts (the ORM and pg wrap them). */
export function isTemporaryFailure(err: unknown, depth = 0): boolean {
  if (depth > 5 || typeof err !== 'object' || err === null) return false;
  const e = err as ErrorShape;
  if (matches(e)) return true;
  if (Array.isArray(e.errors) && e.errors.some((x) => isTemporaryFailure(x, depth + 1)))
    return true;
  return isTemporaryFailure(e.cause, depth + 1);
}
