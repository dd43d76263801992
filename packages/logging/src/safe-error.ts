import { fileURLToPath } from 'node:url';

/** What an error becomes in a log line: enough to find the cause, nothing a person wrote. */
export interface SafeError {
  type: string;
  message: string;
  /** SQLSTATE of a database error. */
  code?: string;
  table?: string;
  constraint?: string;
  column?: string;
  /** Only when the logger runs at debug level, with paths relative to the repository. */
  stack?: string;
}

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SQLSTATE = /^[0-9A-Z]{5}$/;

interface DatabaseErrorShape {
  code?: unknown;
  severity?: unknown;
  routine?: unknown;
  table?: unknown;
  constraint?: unknown;
  column?: unknown;
}

function isDatabaseError(err: Error & DatabaseErrorShape): boolean {
  return (
    typeof err.code === 'string' &&
    SQLSTATE.test(err.code) &&
    (err.severity !== undefined || err.routine !== undefined)
  );
}

/**
 * The server's own words about a failed statement, without the values that travelled in it:
 * the ORM puts the whole SQL with its parameters in front, and quoted fragments of PostgreSQL's
 * messages (`invalid input syntax for type uuid: "…"`) echo the input.
 */
function serverMessage(message: string): string {
  const own = message.includes(' - ') ? message.slice(message.lastIndexOf(' - ') + 3) : message;
  return own.replace(/"[^"]*"|'[^']*'/g, '"…"').slice(0, 300);
}

export function relativeStack(stack: string): string {
  return stack.split(`file://${REPO_ROOT}`).join('').split(REPO_ROOT).join('');
}

/**
 * Database errors are described by code, table and constraint — never their SQL, parameters or
 * `detail` (which quotes the offending values, G5). Stack traces only at debug level.
 */
export function describeError(err: unknown, options: { stack?: boolean } = {}): SafeError {
  if (!(err instanceof Error)) return { type: typeof err, message: 'non-error thrown' };
  const e = err as Error & DatabaseErrorShape;
  const safe: SafeError = isDatabaseError(e)
    ? {
        type: e.name,
        message: serverMessage(e.message.split('\n - detail:')[0]!),
        code: e.code as string,
        ...(typeof e.table === 'string' ? { table: e.table } : {}),
        ...(typeof e.constraint === 'string' ? { constraint: e.constraint } : {}),
        ...(typeof e.column === 'string' ? { column: e.column } : {}),
      }
    : { type: e.name, message: e.message.slice(0, 500) };
  if (options.stack && e.stack) safe.stack = relativeStack(e.stack);
  return safe;
}

/** One line for a dead-letter header or a retry log: the safe description as text. */
export function errorSummary(err: unknown): string {
  const d = describeError(err);
  return [d.type, d.code, d.table, d.constraint, d.message].filter(Boolean).join(' ');
}
