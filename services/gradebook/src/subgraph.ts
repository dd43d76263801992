import { GradebookEvents } from '@dnevnik/contracts';
import { curriculumHandlers, identityHandlers, readModelSchemas } from '@dnevnik/school-facts';
import { defineSubgraph, schemaBeside } from '@dnevnik/service-runtime';
import { buildGradebookContext } from './context.js';
import { gradebookMigrations } from './migrations/index.js';
import { MARK_CHAINS } from './modules/checkpoints/index.js';
import { FinalMarkSchema } from './modules/finals/index.js';
import { LateEntryPermitSchema, MarkSchema, TransferWindowSchema } from './modules/marks/index.js';
import { GradingSettingsSchema } from './modules/settings/index.js';
import { resolvers } from './resolvers.js';

/** Gradebook: marks, their corrections and finals, the journal and the diary (ADR 0010). */
export const gradebook = defineSubgraph({
  name: 'gradebook',
  envPrefix: 'GRADEBOOK',
  defaultPort: 4003,
  checkpoints: { sources: [MARK_CHAINS], event: GradebookEvents.chainCheckpointed },
  typeDefs: schemaBeside(import.meta.url),
  resolvers,
  entities: [
    ...readModelSchemas,
    MarkSchema,
    FinalMarkSchema,
    TransferWindowSchema,
    LateEntryPermitSchema,
    GradingSettingsSchema,
  ],
  migrations: gradebookMigrations,
  consumers: () => [
    { name: 'curriculum', handlers: curriculumHandlers },
    { name: 'guardianship', handlers: identityHandlers },
  ],
  context: buildGradebookContext,
});

export type GradebookEnv = ReturnType<typeof gradebook.loadEnv>;
export type GradebookService = Awaited<ReturnType<typeof gradebook.create>>;
export type GradebookServiceOptions = Parameters<typeof gradebook.create>[0];
export const createGradebookService = gradebook.create;
export const loadGradebookEnv = gradebook.loadEnv;
export const gradebookEntities = gradebook.entities;
export const gradebookTypeDefs = gradebook.typeDefs;
