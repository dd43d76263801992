import { z } from 'zod';

export { z };

/** Thrown when the environment does not satisfy a service's schema; lists every problem at once. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Parses an environment-like record with a zod schema. Every problem is reported together so an
 * operator fixes a deployment in one pass instead of one restart per missing variable.
 */
export function parseEnv<S extends z.ZodType>(
  schema: S,
  env: Record<string, string | undefined>,
): z.infer<S> {
  const result = schema.safeParse(env);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
    );
  }
  return result.data;
}

/** Reusable field shapes, so every service spells the common variables the same way. */
export const envFields = {
  port: (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  nodeEnv: z.enum(['development', 'test', 'production']).default('development'),
  /** Empty or unset means "embedded" (PGlite) for databases, "in-process" for the event bus. */
  optionalUrl: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .pipe(z.url().optional()),
  /** 'true' or 'false', as environment variables spell flags. */
  flag: (fallback: boolean) =>
    z
      .enum(['true', 'false'])
      .default(fallback ? 'true' : 'false')
      .transform((v) => v === 'true'),
  csv: z
    .string()
    .optional()
    .transform((v) =>
      v
        ? v
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean)
        : [],
    ),
};

/** Kafka connection settings every service reads the same way. */
export const kafkaEnv = {
  KAFKA_BROKERS: envFields.csv,
  KAFKA_SSL: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  KAFKA_SASL_MECHANISM: z.enum(['plain', 'scram-sha-256', 'scram-sha-512']).optional(),
  KAFKA_SASL_USERNAME: z.string().optional(),
  KAFKA_SASL_PASSWORD: z.string().optional(),
};

type KafkaEnv = z.infer<z.ZodObject<typeof kafkaEnv>>;

/** The transport options that follow from the Kafka variables. */
export function kafkaConnection(env: KafkaEnv) {
  const sasl =
    env.KAFKA_SASL_MECHANISM && env.KAFKA_SASL_USERNAME && env.KAFKA_SASL_PASSWORD
      ? {
          mechanism: env.KAFKA_SASL_MECHANISM,
          username: env.KAFKA_SASL_USERNAME,
          password: env.KAFKA_SASL_PASSWORD,
        }
      : undefined;
  return { brokers: env.KAFKA_BROKERS, ssl: env.KAFKA_SSL, ...(sasl ? { sasl } : {}) };
}

export type NodeEnv = z.infer<typeof envFields.nodeEnv>;
