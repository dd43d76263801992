import { fileURLToPath } from 'node:url';
import { envFields, parseEnv, z } from '@dnevnik/config';

const schema = z.object({
  ESIA_SIMULATOR_PORT: envFields.port(4010),
  ESIA_SIMULATOR_HOST: z.string().default('127.0.0.1'),
  ESIA_SIMULATOR_CLIENT_ID: z.string().default('DNEVNIK'),
  /** Comma-separated redirect_uri values registered for the client. */
  ESIA_SIMULATOR_REDIRECT_URIS: envFields.csv.transform((v) =>
    v.length > 0 ? v : ['http://127.0.0.1:4000/auth/esia/callback'],
  ),
  /** Where `npm run dev-keys` writes the development keys (git-ignored). */
  ESIA_SIMULATOR_KEYS_DIR: z
    .string()
    .default(fileURLToPath(new URL('../../../.data/esia', import.meta.url))),
});

export type SimulatorEnv = z.infer<typeof schema>;

export const loadSimulatorEnv = (env: Record<string, string | undefined> = process.env) =>
  parseEnv(schema, env);
