import { envFields, kafkaEnv, parseEnv, z } from '@dnevnik/config';

const schema = z
  .object({
    NODE_ENV: envFields.nodeEnv,
    LOG_LEVEL: envFields.logLevel,
    ATTENDANCE_PORT: envFields.port(4004),
    ATTENDANCE_HOST: z.string().default('127.0.0.1'),
    /** Unset: embedded PGlite. */
    ATTENDANCE_DATABASE_URL: envFields.optionalUrl,
    ATTENDANCE_EMBEDDED_DATA_DIR: z.string().optional(),
    /**
     * false: the service runs as a role without DDL rights (a member of attendance_writer) and
     * only checks that `main.js migrate` applied every migration as the owner.
     */
    ATTENDANCE_MIGRATE_ON_START: envFields.flag(true),
    /** The schema owner's URL for `main.js migrate`; ATTENDANCE_DATABASE_URL when unset. */
    ATTENDANCE_MIGRATION_DATABASE_URL: envFields.optionalUrl,
    /** PKCS#8 PEM, Ed25519: signs journal and audit checkpoints (generated per run when unset). */
    ATTENDANCE_CHECKPOINT_KEY: z.string().optional(),
    /** Append-only checkpoint log outside the database (a fresh temporary directory when unset). */
    ATTENDANCE_CHECKPOINT_DIR: z.string().optional(),
    ATTENDANCE_CHECKPOINT_INTERVAL_SECONDS: z.coerce.number().int().positive().default(300),
    /** SPKI PEM of the gateway's Ed25519 key: the only identity this subgraph accepts. */
    GATEWAY_PUBLIC_KEY: z.string().optional(),
    /** KAFKA_BROKERS unset: the in-process event bus. */
    ...kafkaEnv,
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV !== 'production') return;
    for (const key of [
      'GATEWAY_PUBLIC_KEY',
      'ATTENDANCE_DATABASE_URL',
      'ATTENDANCE_CHECKPOINT_KEY',
      'ATTENDANCE_CHECKPOINT_DIR',
    ] as const) {
      if (!env[key])
        ctx.addIssue({ code: 'custom', path: [key], message: 'required in production' });
    }
    if (env.KAFKA_BROKERS.length === 0)
      ctx.addIssue({ code: 'custom', path: ['KAFKA_BROKERS'], message: 'required in production' });
  });

export type AttendanceEnv = z.infer<typeof schema>;

export const loadAttendanceEnv = (
  env: Record<string, string | undefined> = process.env,
): AttendanceEnv => parseEnv(schema, env);
