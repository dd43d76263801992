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

export type GradebookService = ServiceRuntime;

/** Builds the gradebook service; nothing listens until start(). */
export function createGradebookService(
  options: GradebookServiceOptions,
): Promise<GradebookService> {
  const { env, logger } = options;
  const now = options.now ?? (() => new Date());
  return createServiceRuntime<GradebookContext>({
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
      buildGradebookContext(base, em, { logger, afterCommit, now }),
    consumers: [
      { name: 'curriculum', handlers: curriculumHandlers },
      { name: 'guardianship', handlers: identityHandlers },
    ],
    ...passThroughOptions(options),
  });
}
