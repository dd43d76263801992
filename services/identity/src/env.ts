import { envFields, kafkaEnv, parseEnv, z } from '@dnevnik/config';

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
    ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(3600).default(600),
    REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(90).default(30),
    /** log2 of scrypt's N; 17 is OWASP's recommendation. Lower only for tests. */
    PASSWORD_SCRYPT_LOG_N: z.coerce.number().int().min(10).max(20).default(17),
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
    ] as const) {
      if (!env[key])
        ctx.addIssue({ code: 'custom', path: [key], message: 'required in production' });
    }
    if (env.KAFKA_BROKERS.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['KAFKA_BROKERS'], message: 'required in production' });
    }
  });

export type IdentityEnv = z.infer<typeof schema>;

export const loadIdentityEnv = (
  env: Record<string, string | undefined> = process.env,
): IdentityEnv => parseEnv(schema, env);
