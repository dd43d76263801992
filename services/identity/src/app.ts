import { createPublicKey } from 'node:crypto';
import {
  createAccessTokenIssuer,
  createViewerVerifier,
  generateKeyPairPem,
  publicJwk,
} from '@dnevnik/auth';
import { withCheckpointer, type ChainWitness, type Checkpointer } from '@dnevnik/audit';
import { kafkaConnection } from '@dnevnik/config';
import type { EventTransport } from '@dnevnik/events';
import type { Logger } from '@dnevnik/logging';
import { sendJson } from '@dnevnik/server-kit';
import { createServiceRuntime, schemaBeside, type ServiceRuntime } from '@dnevnik/service-runtime';
import { buildIdentityContext, type IdentityContext, type IdentityDeps } from './context.js';
import type { IdentityEnv } from './env.js';
import { identityMigrations } from './migrations/index.js';
import {
  IDENTITY_CHAIN_SOURCES,
  openIdentityWitness,
  publishCheckpoints,
} from './modules/audit/audit-checkpoints.js';
import {
  AccountSchema,
  LoginAttemptSchema,
  RefreshTokenSchema,
  SessionSchema,
} from './modules/access/access.entities.js';
import { revocationRoutes } from './modules/access/revocation.routes.js';
import { revocationFeedPolicy } from './modules/access/revocation.rules.js';
import { esiaSettings } from './modules/esia/esia.config.js';
import { EsiaAccountSchema, EsiaLoginFlowSchema } from './modules/esia/esia.entities.js';
import { esiaRoutes } from './modules/esia/esia.routes.js';
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
  EsiaAccountSchema,
  EsiaLoginFlowSchema,
];

export const identityTypeDefs = schemaBeside(import.meta.url);

export interface IdentityServiceOptions {
  env: IdentityEnv;
  logger: Logger;
  /** The gateway's public key (SPKI PEM); overrides the env, e.g. for the embedded stack. */
  gatewayPublicKeyPem?: string;
  /** A shared bus for the embedded stack; otherwise built from KAFKA_BROKERS. */
  transport?: EventTransport;
  outboxPollMs?: number;
}

/** The runtime, and the checkpointer of the audit chains (on demand: `checkpointNow()`). */
export type IdentityService = ServiceRuntime & {
  checkpoints: Checkpointer;
  witness: ChainWitness;
};

/** Builds the identity service; nothing listens until start(). */
export async function createIdentityService(
  options: IdentityServiceOptions,
): Promise<IdentityService> {
  const { env, logger } = options;
  let signingKey = env.IDENTITY_SIGNING_KEY;
  if (!signingKey) {
    logger.warn(
      'IDENTITY_SIGNING_KEY not set: using a key generated for this run (tokens die with the process)',
    );
    signingKey = (await generateKeyPairPem('ES256')).privateKeyPem;
  }
  const publicPem = createPublicKey(signingKey).export({ type: 'spki', format: 'pem' }).toString();
  const jwks = { keys: [await publicJwk(publicPem, 'ES256', env.IDENTITY_SIGNING_KEY_ID)] };
  const deps: Omit<IdentityDeps, 'afterCommit'> = {
    logger,
    issueAccessToken: await createAccessTokenIssuer({
      privateKeyPem: signingKey,
      kid: env.IDENTITY_SIGNING_KEY_ID,
      ttlSeconds: env.ACCESS_TOKEN_TTL_SECONDS,
    }),
    refreshTokenTtlDays: env.REFRESH_TOKEN_TTL_DAYS,
    passwordLogN: env.PASSWORD_SCRYPT_LOG_N,
    witness: openIdentityWitness(env),
  };

  const gatewayPublicKeyPem = options.gatewayPublicKeyPem ?? env.GATEWAY_PUBLIC_KEY;
  const esia = esiaSettings(env);
  if (esia?.signer === 'dev') {
    logger.warn('ESIA login uses the development signer (RSA test key): for tests and demos only');
  }
  let runtime: ServiceRuntime | null = null;
  const verifyViewer = gatewayPublicKeyPem ? await createViewerVerifier(gatewayPublicKeyPem) : null;
  const routes = verifyViewer
    ? {
        ...esiaRoutes({
          settings: esia,
          verifyViewer,
          orm: () => runtime!.database.orm,
          logger,
          deps: () => ({ ...deps, afterCommit: () => runtime!.nudgeOutbox() }),
        }),
        ...revocationRoutes({
          verifyViewer,
          orm: () => runtime!.database.orm,
          policy: revocationFeedPolicy(env.ACCESS_TOKEN_TTL_SECONDS),
          logger,
        }),
      }
    : {};

  runtime = await createServiceRuntime<IdentityContext>({
    name: 'identity',
    logger,
    production: env.NODE_ENV === 'production',
    http: { port: env.IDENTITY_PORT, host: env.IDENTITY_HOST },
    database: {
      url: env.IDENTITY_DATABASE_URL,
      embeddedDataDir: env.IDENTITY_EMBEDDED_DATA_DIR,
      entities: identityEntities,
      migrations: identityMigrations,
    },
    ...(options.transport ? { transport: options.transport } : {}),
    kafka: kafkaConnection(env),
    gatewayPublicKeyPem,
    typeDefs: identityTypeDefs,
    resolvers,
    buildContext: (base, em, afterCommit) =>
      buildIdentityContext(base, em, { ...deps, afterCommit }),
    routes: {
      // The gateway verifies access tokens against this key set.
      '/.well-known/jwks.json': (_req, res) => sendJson(res, 200, jwks),
      // The login page, ESIA's redirects and the revocation feed: only with the gateway's identity.
      ...routes,
    },
    ...(options.outboxPollMs ? { outboxPollMs: options.outboxPollMs } : {}),
  });
  return withCheckpointer(runtime, {
    witness: deps.witness,
    sources: IDENTITY_CHAIN_SOURCES,
    intervalMs: env.IDENTITY_CHECKPOINT_INTERVAL_SECONDS * 1000,
    logger,
    publish: publishCheckpoints(runtime.database.orm, runtime.nudgeOutbox),
  });
}
