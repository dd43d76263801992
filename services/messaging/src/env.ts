import { envFields, kafkaEnv, parseEnv, z } from '@dnevnik/config';

const schema = z
  .object({
    NODE_ENV: envFields.nodeEnv,
    LOG_LEVEL: envFields.logLevel,
    MESSAGING_PORT: envFields.port(4005),
    MESSAGING_HOST: z.string().default('127.0.0.1'),
    /** Unset: embedded PGlite. */
    MESSAGING_DATABASE_URL: envFields.optionalUrl,
    MESSAGING_EMBEDDED_DATA_DIR: z.string().optional(),
    /** Message attachments, content-addressed. */
    MESSAGING_FILES_DIR: z.string().default('.data/files/messaging'),
    /** smtp:// or smtps:// URL of the region's mail relay; unset: no e-mail channel. */
    MESSAGING_SMTP_URL: envFields.optionalUrl,
    MESSAGING_MAIL_FROM: z.string().default('Электронный дневник <noreply@dnevnik.local>'),
    /** HTTP endpoint of the SMS gateway; unset: no SMS channel. */
    MESSAGING_SMS_GATEWAY_URL: envFields.optionalUrl,
    MESSAGING_SMS_GATEWAY_TOKEN: z.string().optional(),
    /** How often due e-mail and SMS deliveries are sent. */
    MESSAGING_DELIVERY_POLL_MS: z.coerce.number().int().min(50).default(1000),
    /** The first retry's delay; each next one doubles, five attempts in all. */
    MESSAGING_RETRY_BASE_MS: z.coerce.number().int().min(10).default(60_000),
    /** SPKI PEM of the gateway's Ed25519 key: the only identity this subgraph accepts. */
    GATEWAY_PUBLIC_KEY: z.string().optional(),
    ...kafkaEnv,
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV !== 'production') return;
    for (const key of ['GATEWAY_PUBLIC_KEY', 'MESSAGING_DATABASE_URL'] as const) {
      if (!env[key])
        ctx.addIssue({ code: 'custom', path: [key], message: 'required in production' });
    }
    if (env.KAFKA_BROKERS.length === 0)
      ctx.addIssue({ code: 'custom', path: ['KAFKA_BROKERS'], message: 'required in production' });
  });

export type MessagingEnv = z.infer<typeof schema>;

export const loadMessagingEnv = (
  env: Record<string, string | undefined> = process.env,
): MessagingEnv => parseEnv(schema, env);
