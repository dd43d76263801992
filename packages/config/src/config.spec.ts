import { describe, expect, it } from 'vitest';
import { ConfigError, envFields, parseEnv, z } from './index.js';

const schema = z.object({
  PORT: envFields.port(4001),
  DATABASE_URL: envFields.optionalUrl,
  SECRET: z.string().min(8),
  KAFKA_BROKERS: envFields.csv,
});

describe('parseEnv', () => {
  it('applies defaults and coerces numbers', () => {
    const cfg = parseEnv(schema, { SECRET: 'abcdefgh', PORT: '5000', KAFKA_BROKERS: 'a:1, b:2' });
    expect(cfg.PORT).toBe(5000);
    expect(cfg.DATABASE_URL).toBeUndefined();
    expect(cfg.KAFKA_BROKERS).toEqual(['a:1', 'b:2']);
  });

  it('reports every problem at once', () => {
    try {
      parseEnv(schema, { PORT: '70000', DATABASE_URL: 'not a url' });
      expect.unreachable('parseEnv should throw');
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const problems = (err as ConfigError).problems.join('\n');
      expect(problems).toContain('PORT');
      expect(problems).toContain('DATABASE_URL');
      expect(problems).toContain('SECRET');
    }
  });

  it('treats an empty URL as unset', () => {
    expect(parseEnv(schema, { SECRET: 'abcdefgh', DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
  });
});
