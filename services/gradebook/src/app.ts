import { withCheckpointer, type ChainWitness, type Checkpointer } from '@dnevnik/audit';
import { kafkaConnection } from '@dnevnik/config';
import {
  createServiceRuntime,
  passThroughOptions,
  schemaBeside,
  type ServiceRuntime,
  type SubgraphServiceOptions,
} from '@dnevnik/service-runtime';
import { buildGradebookContext, type GradebookContext } from './context.js';
import type { GradebookEnv } from './env.js';
import { gradebookMigrations } from './migrations/index.js';
import {
  MARK_CHAINS,
  openGradebookWitness,
  publishCheckpoints,
} from './modules/checkpoints/journal-checkpoints.js';
import {
  FinalMarkSchema,
  GradingSettingsSchema,
  LateEntryPermitSchema,
  MarkSchema,
  TransferWindowSchema,
} from './modules/marks/mark.entities.js';
import { curriculumHandlers, identityHandlers, readModelSchemas } from '@dnevnik/school-facts';
import { resolvers } from './resolvers.js';

export const gradebookEntities = [
  ...readModelSchemas,
  MarkSchema,
  FinalMarkSchema,
  TransferWindowSchema,
  LateEntryPermitSchema,
  GradingSettingsSchema,
];

export const gradebookTypeDefs = schemaBeside(import.meta.url);

export type GradebookServiceOptions = SubgraphServiceOptions<GradebookEnv>;

/** The runtime, and the checkpointer of the journals' chains (on demand: `checkpointNow()`). */
export type GradebookService = ServiceRuntime & {
  checkpoints: Checkpointer;
  witness: ChainWitness;
};

/** Builds the gradebook service; nothing listens until start(). */
export async function createGradebookService(
  options: GradebookServiceOptions,
): Promise<GradebookService> {
  const { env, logger } = options;
  const now = options.now ?? (() => new Date());
  const witness = openGradebookWitness(env);
  const runtime = await createServiceRuntime<GradebookContext>({
    name: 'gradebook',
    logger,
    production: env.NODE_ENV === 'production',
    http: { port: env.GRADEBOOK_PORT, host: env.GRADEBOOK_HOST },
    database: {
      url: env.GRADEBOOK_DATABASE_URL,
      embeddedDataDir: env.GRADEBOOK_EMBEDDED_DATA_DIR,
      entities: gradebookEntities,
      migrations: gradebookMigrations,
      migrateOnStart: env.GRADEBOOK_MIGRATE_ON_START,
    },
    kafka: kafkaConnection(env),
    gatewayPublicKeyPem: options.gatewayPublicKeyPem ?? env.GATEWAY_PUBLIC_KEY,
    typeDefs: gradebookTypeDefs,
    resolvers,
    buildContext: (base, em, afterCommit) =>
      buildGradebookContext(base, em, { logger, afterCommit, now, witness }),
    consumers: [
      { name: 'curriculum', handlers: curriculumHandlers },
      { name: 'guardianship', handlers: identityHandlers },
    ],
    ...passThroughOptions(options),
  });
  return withCheckpointer(runtime, {
    witness,
    sources: [MARK_CHAINS],
    intervalMs: env.GRADEBOOK_CHECKPOINT_INTERVAL_SECONDS * 1000,
    logger,
    publish: publishCheckpoints(runtime.database.orm, runtime.nudgeOutbox),
  });
}
