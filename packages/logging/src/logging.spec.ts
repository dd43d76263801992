import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, describeError, errorSummary, kafkaLogCreator } from './index.js';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk, _enc, cb) {
      lines.push(JSON.parse(String(chunk)));
      cb();
    },
  });
  return { lines, destination };
}

describe('createLogger', () => {
  it('redacts personal data and secrets at any common depth', () => {
    const { lines, destination } = capture();
    const logger = createLogger({ source: 'test', destination });
    logger.info(
      {
        snils: '112-233-445 95',
        person: { lastName: 'Иванов', birthDate: '2010-01-01', id: 'p1' },
        input: { credentials: { password: 'secret' } },
      },
      'created',
    );
    const line = lines[0]!;
    expect(line.source).toBe('test');
    expect(line.snils).toBe('[redacted]');
    expect(line.person).toEqual({ lastName: '[redacted]', birthDate: '[redacted]', id: 'p1' });
    expect(JSON.stringify(line)).not.toContain('secret');
    expect(JSON.stringify(line)).not.toContain('Иванов');
  });

  it('bridges kafkajs log entries to pino levels', () => {
    const { lines, destination } = capture();
    const log = kafkaLogCreator(createLogger({ source: 'test', destination }))(0);
    log({
      namespace: 'Consumer',
      level: 1,
      label: 'ERROR',
      log: { message: 'Crash', groupId: 'g' },
    });
    expect(lines[0]).toMatchObject({
      level: 'error',
      msg: 'Crash',
      namespace: 'Consumer',
      groupId: 'g',
    });
  });
});

/** The shape the ORM gives a failed statement: the SQL with its values, then the server's text. */
function uniqueViolation() {
  return Object.assign(
    new Error(
      "insert into message (body, author) values ('Иванов Пётр, 112-233-445 95', 'p1') - duplicate key value violates unique constraint \"message_pkey\"\n - detail: Key (body)=(Иванов Пётр) already exists.",
    ),
    {
      name: 'UniqueConstraintViolationException',
      code: '23505',
      severity: 'ERROR',
      detail: 'Key (body)=(Иванов Пётр) already exists.',
      table: 'message',
      constraint: 'message_pkey',
      routine: '_bt_check_unique',
    },
  );
}

describe('errors in logs', () => {
  it('describe a database error by code, table and constraint, without its values', () => {
    const d = describeError(uniqueViolation());
    expect(d).toEqual({
      type: 'UniqueConstraintViolationException',
      code: '23505',
      table: 'message',
      constraint: 'message_pkey',
      message: 'duplicate key value violates unique constraint "…"',
    });
    expect(errorSummary(uniqueViolation())).not.toMatch(/Иванов|112-233|insert/);
  });

  it('strip quoted input from the server message', () => {
    const err = Object.assign(
      new Error('select \'abc\'::uuid - invalid input syntax for type uuid: "abc"'),
      {
        code: '22P02',
        severity: 'ERROR',
      },
    );
    expect(describeError(err).message).toBe('invalid input syntax for type uuid: "…"');
  });

  it('log no stack unless at debug level, and then with paths relative to the repository', () => {
    const info = capture();
    createLogger({ source: 'test', destination: info.destination }).error(
      { err: uniqueViolation() },
      'failed',
    );
    const line = JSON.stringify(info.lines[0]);
    expect(line).not.toMatch(/Иванов|112-233-445|insert into|detail/);
    expect(info.lines[0]!.err).not.toHaveProperty('stack');

    const debug = capture();
    createLogger({ source: 'test', level: 'debug', destination: debug.destination }).error(
      { err: new Error('boom') },
      'failed',
    );
    const stack = (debug.lines[0]!.err as { stack: string }).stack;
    expect(stack).toContain('packages/logging/src/logging.spec.ts');
    expect(stack).not.toContain(process.cwd() + '/packages');
  });
});
