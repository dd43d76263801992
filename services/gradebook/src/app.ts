import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gql } from 'graphql-tag';
import { kafkaConnection } from '@dnevnik/config';
import type { EventTransport } from '@dnevnik/events';
import type { Logger } from '@dnevnik/logging';
import { createServiceRuntime, type ServiceRuntime } from '@dnevnik/service-runtime';
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

export const gradebookTypeDefs = gql(
  readFileSync(fileURLToPath(new URL('./schema.graphql', import.meta.url)), 'utf8'),
);

export interface GradebookServiceOptions {
  env: GradebookEnv;
  logger: Logger;
  gatewayPublicKeyPem?: string;
  transport?: EventTransport;
  now?: () => Date;
  outboxPollMs?: number;
  consumerGroupSuffix?: string;
}

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
    ...(options.transport ? { transport: options.transport } : {}),
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
    ...(options.outboxPollMs ? { outboxPollMs: options.outboxPollMs } : {}),
    ...(options.consumerGroupSuffix ? { consumerGroupSuffix: options.consumerGroupSuffix } : {}),
  });
}
