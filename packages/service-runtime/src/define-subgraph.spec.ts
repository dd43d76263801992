import { describe, expect, it } from 'vitest';
import { parse } from 'graphql';
import { z } from '@dnevnik/config';
import { defineSubgraph } from './define-subgraph.js';

/** A definition with one variable of its own and chain checkpoints; nothing is built. */
const sample = (checkpoints: boolean) =>
  defineSubgraph({
    name: 'sample',
    envPrefix: 'SAMPLE',
    defaultPort: 4999,
    env: { SAMPLE_FILES_DIR: z.string().default('.data/files/sample') },
    ...(checkpoints ? { checkpoints: { sources: [], event: {} as never } } : {}),
    checkEnv: (env, issue) => {
      if (env.SAMPLE_FILES_DIR === '/') issue('SAMPLE_FILES_DIR', 'not the root directory');
    },
    typeDefs: parse('type Query { ok: Boolean }'),
    resolvers: {},
    entities: [],
    migrations: [],
    context: (base) => base,
  });

describe('defineSubgraph: the env every service reads the same way', () => {
  it('reads the common variables under the prefix, with defaults, and keeps its own by name', () => {
    const env = sample(false).loadEnv({ SAMPLE_PORT: '0', SAMPLE_DATABASE_URL: 'postgres://h/db' });
    expect(env).toMatchObject({
      nodeEnv: 'development',
      production: false,
      port: 0,
      host: '127.0.0.1',
      databaseUrl: 'postgres://h/db',
      migrateOnStart: true,
      migrationDatabaseUrl: undefined,
      checkpoint: { intervalSeconds: 300 },
      SAMPLE_FILES_DIR: '.data/files/sample',
    });
    expect(env.kafka.brokers).toEqual([]);
    expect(sample(false).loadEnv({}).port).toBe(4999);
  });

  it('refuses production without the gateway key, the database, Kafka and, with chains, the checkpoint key and directory', () => {
    expect(() => sample(true).loadEnv({ NODE_ENV: 'production' })).toThrow(
      /GATEWAY_PUBLIC_KEY: required in production[\s\S]*SAMPLE_DATABASE_URL[\s\S]*SAMPLE_CHECKPOINT_KEY[\s\S]*SAMPLE_CHECKPOINT_DIR[\s\S]*KAFKA_BROKERS/,
    );
    expect(() => sample(false).loadEnv({ NODE_ENV: 'production' })).not.toThrow(/CHECKPOINT/);
    const complete = {
      NODE_ENV: 'production',
      GATEWAY_PUBLIC_KEY: 'pem',
      SAMPLE_DATABASE_URL: 'postgres://h/db',
      KAFKA_BROKERS: 'k1:9092,k2:9092',
    };
    expect(sample(false).loadEnv(complete)).toMatchObject({
      production: true,
      kafka: { brokers: ['k1:9092', 'k2:9092'] },
    });
  });

  it('reports bad values and the definition’s own checks, every problem at once', () => {
    expect(() =>
      sample(false).loadEnv({
        SAMPLE_PORT: 'x',
        SAMPLE_FILES_DIR: '/',
        SAMPLE_MIGRATE_ON_START: 'yes',
      }),
    ).toThrow(/SAMPLE_PORT[\s\S]*SAMPLE_MIGRATE_ON_START/);
    expect(() => sample(false).loadEnv({ SAMPLE_FILES_DIR: '/' })).toThrow(
      /SAMPLE_FILES_DIR: not the root directory/,
    );
  });
});
