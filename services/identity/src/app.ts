import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gql } from 'graphql-tag';
import { kafkaConnection } from '@dnevnik/config';
import {
  createAccessTokenIssuer,
  createViewerVerifier,
  generateKeyPairPem,
  publicJwk,
} from '@dnevnik/auth';
import { openDatabase, type Database } from '@dnevnik/database';
import {
  createOutboxRelay,
  createTransport,
  OutboxMessageSchema,
  ProcessedEventSchema,
  type EventTransport,
} from '@dnevnik/events';
import type { Logger } from '@dnevnik/logging';
import { createSubgraphServer, sendJson, type RunningHttpServer } from '@dnevnik/server-kit';
import { buildIdentityContext, type IdentityDeps } from './context.js';
import type { IdentityEnv } from './env.js';
import { identityMigrations } from './migrations/index.js';
import {
  AccountSchema,
  LoginAttemptSchema,
  RefreshTokenSchema,
  SessionSchema,
} from './modules/access/access.entities.js';
import {
  ConsentSchema,
  ParentLinkSchema,
  PersonSchema,
  RoleAssignmentSchema,
} from './modules/people/people.entities.js';
import { resolvers } from './resolvers.js';

export const identityEntities = [
  PersonSchema,
  RoleAssignmentSchema,
  ParentLinkSchema,
  ConsentSchema,
  AccountSchema,
  SessionSchema,
  RefreshTokenSchema,
  LoginAttemptSchema,
  OutboxMessageSchema,
  ProcessedEventSchema,
];

export const identityTypeDefs = gql(
  readFileSync(fileURLToPath(new URL('./schema.graphql', import.meta.url)), 'utf8'),
);

export interface IdentityServiceOptions {
  env: IdentityEnv;
  logger: Logger;
  /** The gateway's public key (SPKI PEM); overrides the env, e.g. for the embedded stack. */
  gatewayPublicKeyPem?: string;
  /** A shared bus for the embedded stack; otherwise built from KAFKA_BROKERS. */
  transport?: EventTransport;
  outboxPollMs?: number;
}

export interface IdentityService {
  start(): Promise<RunningHttpServer>;
  stop(): Promise<void>;
  database: Database;
  transport: EventTransport;
  /** Publishes pending outbox rows now (tests and seeding). */
  flushOutbox(): Promise<number>;
}

/** Builds the identity service: database, outbox relay, subgraph server. Nothing starts until start(). */
export async function createIdentityService(
  options: IdentityServiceOptions,
): Promise<IdentityService> {
  const { env, logger } = options;
  const gatewayKey = options.gatewayPublicKeyPem ?? env.GATEWAY_PUBLIC_KEY;
  if (!gatewayKey)
    throw new Error('GATEWAY_PUBLIC_KEY is required: subgraphs accept only the gateway identity');

  let signingKey = env.IDENTITY_SIGNING_KEY;
  if (!signingKey) {
    logger.warn(
      'IDENTITY_SIGNING_KEY not set: using a key generated for this run (tokens die with the process)',
    );
    signingKey = (await generateKeyPairPem('ES256')).privateKeyPem;
  }
  const { createPublicKey } = await import('node:crypto');
  const publicPem = createPublicKey(signingKey).export({ type: 'spki', format: 'pem' }).toString();
  const jwks = { keys: [await publicJwk(publicPem, 'ES256', env.IDENTITY_SIGNING_KEY_ID)] };

  const database = await openDatabase({
    url: env.IDENTITY_DATABASE_URL,
    embeddedDataDir: env.IDENTITY_EMBEDDED_DATA_DIR,
    entities: identityEntities,
    migrations: identityMigrations,
    logger,
  });
  const transport =
    options.transport ?? createTransport({ ...kafkaConnection(env), clientId: 'identity', logger });
  const relay = createOutboxRelay({
    orm: database.orm,
    transport,
    logger,
    pollIntervalMs: options.outboxPollMs ?? 250,
  });

  const deps: IdentityDeps = {
    logger,
    issueAccessToken: await createAccessTokenIssuer({
      privateKeyPem: signingKey,
      kid: env.IDENTITY_SIGNING_KEY_ID,
      ttlSeconds: env.ACCESS_TOKEN_TTL_SECONDS,
    }),
    refreshTokenTtlDays: env.REFRESH_TOKEN_TTL_DAYS,
    passwordLogN: env.PASSWORD_SCRYPT_LOG_N,
    afterCommit: () => relay.nudge(),
  };

  const server = createSubgraphServer({
    name: 'identity',
    typeDefs: identityTypeDefs,
    resolvers,
    logger,
    production: env.NODE_ENV === 'production',
    verifyViewer: await createViewerVerifier(gatewayKey),
    buildContext: (base) => buildIdentityContext(base, database.orm.em.fork(), deps),
    readiness: async () => ({
      database: await database.orm.isConnected(),
    }),
    routes: {
      // The gateway verifies access tokens against this key set.
      '/.well-known/jwks.json': (_req, res) => sendJson(res, 200, jwks),
    },
  });

  let running: RunningHttpServer | null = null;
  return {
    database,
    transport,
    flushOutbox: () => relay.flush(),
    async start() {
      relay.start();
      running = await server.start(env.IDENTITY_PORT, env.IDENTITY_HOST);
      return running;
    },
    async stop() {
      await running?.stop();
      await relay.stop();
      if (!options.transport) await transport.close();
      await database.close();
    },
  };
}
