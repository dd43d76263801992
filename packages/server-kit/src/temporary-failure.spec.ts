import { describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { createErrorFormatter } from './errors.js';
import { isTemporaryFailure } from './temporary-failure.js';

const pgError = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('isTemporaryFailure', () => {
  it('knows a database that is stopping, starting, crashed or full', () => {
    for (const code of ['57P01', '57P02', '57P03', '53300', '08006', '08001', '08P01'])
      expect(isTemporaryFailure(pgError(code)), code).toBe(true);
  });

  it('knows a connection that was refused, reset or dropped', () => {
    for (const code of ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE'])
      expect(isTemporaryFailure(pgError(code)), code).toBe(true);
    expect(isTemporaryFailure(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isTemporaryFailure(new Error('timeout exceeded when trying to connect'))).toBe(true);
  });

  it('looks into causes and aggregated errors, as drivers wrap them', () => {
    const wrapped = new Error('select … - connect ECONNREFUSED', {
      cause: pgError('ECONNREFUSED'),
    });
    expect(isTemporaryFailure(new Error('outer', { cause: wrapped }))).toBe(true);
    expect(isTemporaryFailure(new AggregateError([pgError('ECONNREFUSED')]))).toBe(true);
  });

  it('leaves bugs and refusals alone: a constraint, a syntax error, a plain error', () => {
    for (const code of ['23505', '42601', '22P02', '40001', '23514'])
      expect(isTemporaryFailure(pgError(code)), code).toBe(false);
    expect(isTemporaryFailure(new TypeError('x is undefined'))).toBe(false);
    expect(isTemporaryFailure('string')).toBe(false);
    expect(isTemporaryFailure(null)).toBe(false);
    expect(isTemporaryFailure(pgError(''))).toBe(false);
  });

  it('stops on a cycle of causes', () => {
    const a = new Error('a') as Error & { cause?: unknown };
    a.cause = a;
    expect(isTemporaryFailure(a)).toBe(false);
  });
});

describe('the error formatter', () => {
  const lines: string[] = [];
  const logger = {
    warn: (_o: unknown, msg: string) => lines.push(`warn ${msg}`),
    error: (_o: unknown, msg: string) => lines.push(`error ${msg}`),
  } as unknown as Parameters<typeof createErrorFormatter>[0];
  const format = createErrorFormatter(logger);
  const fromResolver = (original: Error) =>
    format(
      {
        message: original.message,
        path: ['postMark'],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      },
      new GraphQLError(original.message, { originalError: original, path: ['postMark'] }),
    );

  it('tells the client to try again when the database is out of reach, and logs a warning', () => {
    const out = fromResolver(
      new Error('insert … - connect ECONNREFUSED', { cause: pgError('ECONNREFUSED') }),
    );
    expect(out.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(out.message).toMatch(/временно недоступен/);
    expect(out.message).not.toMatch(/insert|ECONN/);
    expect(lines.at(-1)).toBe('warn database unavailable');
  });

  it('still masks a bug as an internal error', () => {
    const out = fromResolver(new TypeError('cannot read x of undefined'));
    expect(out.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(lines.at(-1)).toBe('error unexpected error in resolver');
  });
});
