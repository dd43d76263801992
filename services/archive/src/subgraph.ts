import { defineSubgraph, schemaBeside } from '@dnevnik/service-runtime';
import { buildArchiveContext } from './context.js';
import { archiveMigrations } from './migrations/index.js';
import { ArchiveDocumentSchema, ManifestLineSchema } from './modules/documents/index.js';
import { resolvers } from './resolvers.js';

/**
 * Archive: the legal form of the journal (X1–X6). It keeps each printed document with the
 * snapshot it was rendered from, for its retention, in a hash-chained manifest per school and
 * year (ADR 0010 template; content through the graph, ADR 0012; signatures, ADR 0011).
 */
export const archive = defineSubgraph({
  name: 'archive',
  envPrefix: 'ARCHIVE',
  defaultPort: 4006,
  typeDefs: schemaBeside(import.meta.url),
  resolvers,
  entities: [ArchiveDocumentSchema, ManifestLineSchema],
  migrations: archiveMigrations,
  context: buildArchiveContext,
});

export type ArchiveEnv = ReturnType<typeof archive.loadEnv>;
export type ArchiveService = Awaited<ReturnType<typeof archive.create>>;
export const createArchiveService = archive.create;
export const loadArchiveEnv = archive.loadEnv;
export const archiveEntities = archive.entities;
