import { envFields, kafkaEnv, parseEnv, z } from '@dnevnik/config';

const schema = z
  .object({
    NODE_ENV: envFields.nodeEnv,
    LOG_LEVEL: envFields.logLevel,
    CURRICULUM_PORT: envFields.port(4002),
    CURRICULUM_HOST: z.string().default('127.0.0.1'),
    /** Unset: embedded PGlite. */
    CURRICULUM_DATABASE_URL: envFields.optionalUrl,
    CURRICULUM_EMBEDDED_DATA_DIR: z.string().optional(),
    /** Where homework attachments are stored (local disk file store). */
    CURRICULUM_FILES_DIR: z.string().default('.data/files/curriculum'),
    /** SPKI PEM of the gateway's Ed25519 key: the only identity this subgraph accepts. */
    GATEWAY_PUBLIC_KEY: z.string().optional(),
    /** PKCS#8 PEM, Ed25519: signs the audit chains' checkpoints (generated per run when unset). */
    CURRICULUM_CHECKPOINT_KEY: z.string().optional(),
    /** Append-only checkpoint log outside the database (a fresh temporary directory when unset). */
    CURRICULUM_CHECKPOINT_DIR: z.string().optional(),
    CURRICULUM_CHECKPOINT_INTERVAL_SECONDS: z.coerce.number().int().positive().default(300),
    /** KAFKA_BROKERS unset: the in-process event bus. */
    ...kafkaEnv,
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV !== 'production') return;
    for (const key of [
      'GATEWAY_PUBLIC_KEY',
      'CURRICULUM_DATABASE_URL',
      'CURRICULUM_CHECKPOINT_KEY',
      'CURRICULUM_CHECKPOINT_DIR',
    ] as const) {
      if (!env[key])
        ctx.addIssue({ code: 'custom', path: [key], message: 'required in production' });
    }
    if (env.KAFKA_BROKERS.length === 0)
      ctx.addIssue({ code: 'custom', path: ['KAFKA_BROKERS'], message: 'required in production' });
  });

export type CurriculumEnv = z.infer<typeof schema>;

export const loadCurriculumEnv = (
  env: Record<string, string | undefined> = process.env,
): CurriculumEnv => parseEnv(schema, env);
