import { envFields, kafkaEnv, parseEnv, z } from '@dnevnik/config';

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
  /** `dev`: RSA with a test certificate (refused in production); `command`: a GOST provider. */
  ESIA_SIGNER: z.enum(['dev', 'command']).default('dev'),
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

type EsiaEnvShape = z.infer<z.ZodObject<typeof esiaEnv>> & { NODE_ENV: string };

function checkEsiaEnv(env: EsiaEnvShape, ctx: z.RefinementCtx) {
  const need = (key: keyof EsiaEnvShape, why: string) =>
    ctx.addIssue({ code: 'custom', path: [key], message: why });
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
  if (env.NODE_ENV === 'production') {
    // Test keys prove nothing about who is asking; ESIA accepts only GOST-signed requests anyway.
    if (env.ESIA_SIGNER === 'dev') need('ESIA_SIGNER', 'the dev signer is refused in production');
    if (!env.ESIA_BASE_URL.startsWith('https://'))
      need('ESIA_BASE_URL', 'must be https in production');
    if (env.ESIA_REDIRECT_URI && !env.ESIA_REDIRECT_URI.startsWith('https://')) {
      need('ESIA_REDIRECT_URI', 'must be https in production');
    }
  }
}

const schema = z
  .object({
    NODE_ENV: envFields.nodeEnv,
    LOG_LEVEL: envFields.logLevel,
    IDENTITY_PORT: envFields.port(4001),
    IDENTITY_HOST: z.string().default('127.0.0.1'),
    /** Unset: embedded PGlite. */
    IDENTITY_DATABASE_URL: envFields.optionalUrl,
    IDENTITY_EMBEDDED_DATA_DIR: z.string().optional(),
    /** KAFKA_BROKERS unset: the in-process event bus. */
    ...kafkaEnv,
    /** PKCS#8 PEM of the ES256 key that signs access tokens. */
    IDENTITY_SIGNING_KEY: z.string().optional(),
    IDENTITY_SIGNING_KEY_ID: z.string().default('identity-1'),
    /** SPKI PEM of the gateway's Ed25519 key: the only identity this subgraph accepts. */
    GATEWAY_PUBLIC_KEY: z.string().optional(),
    /** PKCS#8 PEM, Ed25519: signs the audit chains' checkpoints (generated per run when unset). */
    IDENTITY_CHECKPOINT_KEY: z.string().optional(),
    /** Append-only checkpoint log outside the database (a fresh temporary directory when unset). */
    IDENTITY_CHECKPOINT_DIR: z.string().optional(),
    IDENTITY_CHECKPOINT_INTERVAL_SECONDS: z.coerce.number().int().positive().default(300),
    ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(3600).default(600),
    REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(90).default(30),
    /** log2 of scrypt's N; 17 is OWASP's recommendation. Lower only for tests. */
    PASSWORD_SCRYPT_LOG_N: z.coerce.number().int().min(10).max(20).default(17),
    ...esiaEnv,
    SEED_DEMO: z
      .enum(['true', 'false'])
      .default('false')
      .transform((v) => v === 'true'),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV !== 'production') return;
    for (const key of [
      'IDENTITY_SIGNING_KEY',
      'GATEWAY_PUBLIC_KEY',
      'IDENTITY_DATABASE_URL',
      'IDENTITY_CHECKPOINT_KEY',
      'IDENTITY_CHECKPOINT_DIR',
    ] as const) {
      if (!env[key])
        ctx.addIssue({ code: 'custom', path: [key], message: 'required in production' });
    }
    if (env.KAFKA_BROKERS.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['KAFKA_BROKERS'], message: 'required in production' });
    }
  })
  .superRefine(checkEsiaEnv);

export type IdentityEnv = z.infer<typeof schema>;

export const loadIdentityEnv = (
  env: Record<string, string | undefined> = process.env,
): IdentityEnv => parseEnv(schema, env);
