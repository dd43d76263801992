import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, kafkaLogCreator } from './index.js';

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
