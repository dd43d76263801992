import { pino, type Logger, type LoggerOptions } from 'pino';
import { describeError } from './safe-error.js';

export type { Logger };
export { describeError, errorSummary, relativeStack, type SafeError } from './safe-error.js';

/**
 * Keys that carry personal data (152-FZ) or secrets. Logs never contain them (G5): a value under
 * one of these keys is replaced, wherever the object sits up to three levels deep.
 */
export const SENSITIVE_KEYS = [
  'password',
  'newPassword',
  'currentPassword',
  'passwordHash',
  'token',
  'accessToken',
  'refreshToken',
  'idToken',
  'authorization',
  'cookie',
  'secret',
  'privateKey',
  'lastName',
  'firstName',
  'middleName',
  'fullName',
  'snils',
  'birthDate',
  'passport',
  'phone',
  'email',
  'login',
  'ip',
] as const;

function redactPaths(): string[] {
  const paths: string[] = [];
  for (const key of SENSITIVE_KEYS) {
    paths.push(key, `*.${key}`, `*.*.${key}`, `*.*.*.${key}`);
  }
  paths.push('req.headers.authorization', 'req.headers.cookie', 'req.headers["x-dnevnik-viewer"]');
  return paths;
}

export interface LoggerConfig {
  /** Names the service or component; every line carries it as `source`. */
  source: string;
  level?: LoggerOptions['level'];
  /** Pretty output is for people at a terminal; production logs stay JSON. */
  destination?: pino.DestinationStream;
}

export function createLogger(config: LoggerConfig): Logger {
  const level = config.level ?? 'info';
  const debug = level === 'debug' || level === 'trace';
  const options: LoggerOptions = {
    level,
    // Every `err` in every log line, whatever logged it: no SQL values, no stack unless debugging.
    serializers: { err: (err: unknown) => describeError(err, { stack: debug }) },
    base: { source: config.source },
    redact: { paths: redactPaths(), censor: '[redacted]' },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
  };
  return config.destination ? pino(options, config.destination) : pino(options);
}

/** Appends JSON lines to a file (test runs keep their logs to check them for personal data). */
export function fileDestination(path: string): pino.DestinationStream {
  return pino.destination({ dest: path, mkdir: true, sync: false });
}

/** kafkajs log levels (NOTHING=0, ERROR=1, WARN=2, INFO=4, DEBUG=5) mapped to pino. */
const KAFKA_LEVELS: Record<number, 'error' | 'warn' | 'info' | 'debug'> = {
  1: 'error',
  2: 'warn',
  4: 'info',
  5: 'debug',
};

interface KafkaLogEntry {
  namespace: string;
  level: number;
  label: string;
  log: { message: string; [key: string]: unknown };
}

/**
 * A kafkajs `logCreator` that routes the client's logs into pino, so broker problems show up in
 * the same structured stream as everything else.
 */
export function kafkaLogCreator(logger: Logger) {
  const kafkaLogger = logger.child({ component: 'kafkajs' });
  return (_level: number) =>
    ({ namespace, level, log }: KafkaLogEntry) => {
      const { message, timestamp: _ts, logger: _l, ...extra } = log;
      const method = KAFKA_LEVELS[level] ?? 'info';
      kafkaLogger[method]({ namespace, ...extra }, message);
    };
}
