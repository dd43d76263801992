import { createPublicKey } from 'node:crypto';
import {
  createAccessTokenIssuer,
  createClientAssertionVerifier,
  createReplayGuard,
  createViewerVerifier,
  generateKeyPairPem,
  publicJwk,
} from '@dnevnik/auth';
import { envFields, z } from '@dnevnik/config';
import { ChainWitnessEvents } from '@dnevnik/contracts';
import { sendJson } from '@dnevnik/server-kit';
import {
  defineSubgraph,
  schemaBeside,
  type SubgraphEnv,
  type SubgraphServiceOptions,
  type SubgraphSetup,
} from '@dnevnik/service-runtime';
import { buildIdentityContext, type IdentityOwnDeps } from './context.js';
import { identityMigrations } from './migrations/index.js';
import {
  AccountSchema,
  LoginAttemptSchema,
  parseServiceClients,
  RefreshTokenSchema,
  revocationFeedPolicy,
  revocationRoutes,
  SessionSchema,
} from './modules/access/index.js';
import { IDENTITY_CHAIN_SOURCES } from './modules/audit/index.js';
import {
  EsiaAccountSchema,
  EsiaLoginFlowSchema,
  esiaRoutes,
  esiaSettings,
} from './modules/esia/index.js';
import {
  ConsentSchema,
  ParentLinkSchema,
  PersonSchema,
  RoleAssignmentSchema,
} from './modules/people/index.js';
import { resolvers } from './resolvers.js';
import { seedDemo } from './seed/demo.js';

/** A JSON array of strings in one variable: a command with its arguments, spaces and all. */
const commandLine = z
  .string()
  .optional()
  .transform((v, ctx) => {
    if (!v) return undefined;
    try {
      const parsed: unknown = JSON.parse(v);
      if (
        Array.isArray(parsed) &&
        parsed.length > 0 &&
        parsed.every((a) => typeof a === 'string')
      ) {
        return parsed as string[];
      }
    } catch {
      // reported below
    }
    ctx.addIssue({
      code: 'custom',
      message: 'expected a JSON array of strings, e.g. ["openssl","dgst"]',
    });
    return z.NEVER;
  });

/**
 * ESIA login (A9). ESIA_BASE_URL unset: ESIA is off and the password and temporary logins work as
 * before. docs/esia.md explains each variable and the production values.
 */
const esiaEnv = {
  ESIA_BASE_URL: envFields.optionalUrl,
  /** The system's mnemonic in ESIA: `client_id`. */
  ESIA_CLIENT_ID: z.string().trim().optional(),
  /** The public callback through the gateway; must equal an address registered in ESIA. */
  ESIA_REDIRECT_URI: envFields.optionalUrl,
  ESIA_SCOPES: z.string().trim().default('openid fullname birthdate gender snils'),
  /** Added for a parent's login, to check their children against ESIA's kids list (A8). */
  ESIA_PARENT_SCOPES: z.string().trim().default('kid_fullname kid_birthdate kid_gender kid_snils'),
  /**
   * `dev`: RSA with a test certificate (refused in production); `gost`: GOST R 34.10-2012 through
   * openssl's GOST engine, the key in ESIA_CLIENT_KEY_FILE; `command`: another GOST provider.
   */
  ESIA_SIGNER: z.enum(['dev', 'gost', 'command']).default('dev'),
  ESIA_CLIENT_KEY: z.string().optional(),
  ESIA_CLIENT_KEY_FILE: z.string().optional(),
  ESIA_CLIENT_CERT: z.string().optional(),
  ESIA_CLIENT_CERT_FILE: z.string().optional(),
  /** For `command`: reads the message on stdin, writes the raw GOST signature to stdout. */
  ESIA_SIGN_COMMAND: commandLine,
  /** For `command`: the hash ESIA's utility printed for the registered certificate. */
  ESIA_CLIENT_CERT_HASH: z.string().trim().optional(),
  /** ESIA's certificate (PEM), to verify id_tokens signed with a standard algorithm. */
  ESIA_CERT: z.string().optional(),
  ESIA_CERT_FILE: z.string().optional(),
  /** Verifies GOST-signed id_tokens: `{data}` and `{signature}` are replaced by file paths. */
  ESIA_VERIFY_COMMAND: commandLine,
  /** The id_token algorithms accepted; `none` never is. */
  ESIA_TOKEN_ALGORITHMS: envFields.csv.transform((v) => (v.length > 0 ? v : ['RS256'])),
  /** The id_token's `iss`; ESIA_BASE_URL with a trailing slash by default. */
  ESIA_ISSUER: z.string().trim().optional(),
  ESIA_LEEWAY_SECONDS: z.coerce.number().int().min(0).max(300).default(30),
  ESIA_TIMEOUT_MS: z.coerce.number().int().min(500).max(60_000).default(10_000),
  /** Where the browser lands after ESIA, with `#esia_code=…`: the SPA's page. */
  ESIA_RESULT_URL: z.string().trim().default('/auth/login'),
  /** Where ESIA's logout sends the browser back to; the login page by default. */
  ESIA_LOGOUT_REDIRECT_URL: envFields.optionalUrl,
};

/** Identity's own variables, beside the common ones every subgraph reads. */
const identityEnv = {
  /** PKCS#8 PEM of the ES256 key that signs access tokens. */
  IDENTITY_SIGNING_KEY: z.string().optional(),
  IDENTITY_SIGNING_KEY_ID: z.string().default('identity-1'),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(3600).default(600),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(90).default(30),
  /** log2 of scrypt's N; 17 is OWASP's recommendation. Lower only for tests. */
  PASSWORD_SCRYPT_LOG_N: z.coerce.number().int().min(10).max(20).default(17),
  /** JSON: service client id → SPKI PEM of its ES256 key (ADR 0012); `{"archive": "…"}`. */
  IDENTITY_SERVICE_CLIENTS: z.string().optional(),
  SERVICE_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(900).default(300),
  ...esiaEnv,
  SEED_DEMO: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
};

export type IdentityEnv = SubgraphEnv<typeof identityEnv>;

/** The ESIA variables must make a working login together, and a safe one in production. */
function checkEsiaEnv(env: IdentityEnv, need: (variable: string, message: string) => void) {
  if (!env.ESIA_BASE_URL) return;
  if (!env.ESIA_CLIENT_ID) need('ESIA_CLIENT_ID', 'required when ESIA_BASE_URL is set');
  if (!env.ESIA_REDIRECT_URI) need('ESIA_REDIRECT_URI', 'required when ESIA_BASE_URL is set');
  if (env.ESIA_SCOPES.split(' ')[0] !== 'openid') {
    need('ESIA_SCOPES', 'must start with openid');
  }
  if (env.ESIA_SIGNER === 'dev') {
    if (!env.ESIA_CLIENT_KEY && !env.ESIA_CLIENT_KEY_FILE)
      need('ESIA_CLIENT_KEY', 'or ESIA_CLIENT_KEY_FILE: required for the dev signer');
    if (!env.ESIA_CLIENT_CERT && !env.ESIA_CLIENT_CERT_FILE)
      need('ESIA_CLIENT_CERT', 'or ESIA_CLIENT_CERT_FILE: required for the dev signer');
  } else if (env.ESIA_SIGNER === 'gost') {
    // openssl reads the key from its file; a key in a variable would have to be written out.
    if (!env.ESIA_CLIENT_KEY_FILE) need('ESIA_CLIENT_KEY_FILE', 'required for the gost signer');
    if (env.ESIA_CLIENT_KEY)
      need('ESIA_CLIENT_KEY', 'the gost signer reads its key from ESIA_CLIENT_KEY_FILE only');
    if (!env.ESIA_CLIENT_CERT && !env.ESIA_CLIENT_CERT_FILE)
      need('ESIA_CLIENT_CERT', 'or ESIA_CLIENT_CERT_FILE: required for the gost signer');
  } else {
    if (!env.ESIA_SIGN_COMMAND) need('ESIA_SIGN_COMMAND', 'required for the command signer');
    if (!env.ESIA_CLIENT_CERT_HASH)
      need('ESIA_CLIENT_CERT_HASH', 'required for the command signer');
  }
  if (!env.ESIA_CERT && !env.ESIA_CERT_FILE && !env.ESIA_VERIFY_COMMAND) {
    need('ESIA_CERT', 'or ESIA_CERT_FILE or ESIA_VERIFY_COMMAND: id_tokens must be verified');
  }
  if (env.ESIA_TOKEN_ALGORITHMS.some((a) => a.toLowerCase() === 'none' || a.startsWith('HS'))) {
    need('ESIA_TOKEN_ALGORITHMS', 'none and HMAC algorithms are never accepted');
  }
  if (env.production) {
    // Test keys prove nothing about who is asking; ESIA accepts only GOST-signed requests anyway.
    if (env.ESIA_SIGNER === 'dev') need('ESIA_SIGNER', 'the dev signer is refused in production');
    if (!env.ESIA_BASE_URL.startsWith('https://'))
      need('ESIA_BASE_URL', 'must be https in production');
    if (env.ESIA_REDIRECT_URI && !env.ESIA_REDIRECT_URI.startsWith('https://')) {
      need('ESIA_REDIRECT_URI', 'must be https in production');
    }
  }
}

/** The factory's own option: the gateway's key, read here to guard identity's plain routes. */
type IdentityOptions = Pick<SubgraphServiceOptions<IdentityEnv>, 'gatewayPublicKeyPem'>;

/**
 * Identity: people, their roles and parent links, consents, accounts and sessions, ESIA login
 * (ADR 0010). It signs the access tokens the gateway verifies, and its checkpointer witnesses
 * the audit chains of schools, sessions and identity (ADR 0009).
 */
export const identity = defineSubgraph({
  name: 'identity',
  envPrefix: 'IDENTITY',
  defaultPort: 4001,
  env: identityEnv,
  requiredInProduction: ['IDENTITY_SIGNING_KEY'],
  checkEnv: (env, issue) => {
    checkEsiaEnv(env, issue);
    for (const problem of parseServiceClients(env.IDENTITY_SERVICE_CLIENTS).problems)
      issue('IDENTITY_SERVICE_CLIENTS', problem);
  },
  checkpoints: { sources: IDENTITY_CHAIN_SOURCES, event: ChainWitnessEvents.identity },
  typeDefs: schemaBeside(import.meta.url),
  resolvers,
  entities: [
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
  ],
  migrations: identityMigrations,
  deps: async ({
    env,
    logger,
    options,
  }: SubgraphSetup<typeof identityEnv, IdentityOptions>): Promise<IdentityOwnDeps> => {
    let signingKey = env.IDENTITY_SIGNING_KEY;
    if (!signingKey) {
      logger.warn(
        'IDENTITY_SIGNING_KEY not set: using a key generated for this run (tokens die with the process)',
      );
      signingKey = (await generateKeyPairPem('ES256')).privateKeyPem;
    }
    const publicPem = createPublicKey(signingKey)
      .export({ type: 'spki', format: 'pem' })
      .toString();
    const gatewayPublicKeyPem = options.gatewayPublicKeyPem ?? env.gatewayPublicKey;
    const esia = await esiaSettings(env);
    if (esia?.signer === 'dev') {
      logger.warn(
        'ESIA login uses the development signer (RSA test key): for tests and demos only',
      );
    }
    return {
      issueAccessToken: await createAccessTokenIssuer({
        privateKeyPem: signingKey,
        kid: env.IDENTITY_SIGNING_KEY_ID,
        ttlSeconds: env.ACCESS_TOKEN_TTL_SECONDS,
      }),
      refreshTokenTtlDays: env.REFRESH_TOKEN_TTL_DAYS,
      passwordLogN: env.PASSWORD_SCRYPT_LOG_N,
      jwks: { keys: [await publicJwk(publicPem, 'ES256', env.IDENTITY_SIGNING_KEY_ID)] },
      verifyViewer: gatewayPublicKeyPem ? await createViewerVerifier(gatewayPublicKeyPem) : null,
      esia,
      serviceClients: {
        verify: createClientAssertionVerifier(
          parseServiceClients(env.IDENTITY_SERVICE_CLIENTS).clients,
        ),
        firstUse: createReplayGuard(),
        ttlSeconds: env.SERVICE_TOKEN_TTL_SECONDS,
      },
    };
  },
  context: buildIdentityContext,
  routes: ({ env, logger, deps, runtime }) => {
    const { verifyViewer } = deps;
    return {
      // The gateway verifies access tokens against this key set.
      '/.well-known/jwks.json': (_req, res) => sendJson(res, 200, deps.jwks),
      // The login page, ESIA's redirects and the revocation feed: only with the gateway's identity.
      ...(verifyViewer
        ? {
            ...esiaRoutes({
              settings: deps.esia,
              verifyViewer,
              orm: () => runtime().database.orm,
              logger,
              afterCommit: () => runtime().nudgeOutbox(),
            }),
            ...revocationRoutes({
              verifyViewer,
              orm: () => runtime().database.orm,
              policy: revocationFeedPolicy(env.ACCESS_TOKEN_TTL_SECONDS),
              logger,
            }),
          }
        : {}),
    };
  },
  // SEED_DEMO: the demo school's people, before the first request (never in production data).
  beforeServe: async (service, env, logger) => {
    if (env.SEED_DEMO)
      await seedDemo(service.database.orm, { passwordLogN: env.PASSWORD_SCRYPT_LOG_N, logger });
  },
});

/** The runtime, and the checkpointer of the audit chains (on demand: `checkpointNow()`). */
export type IdentityService = Awaited<ReturnType<typeof identity.create>>;
export type IdentityServiceOptions = Parameters<typeof identity.create>[0];
export const createIdentityService = identity.create;
export const loadIdentityEnv = identity.loadEnv;
export const identityEntities = identity.entities;
export const identityTypeDefs = identity.typeDefs;
