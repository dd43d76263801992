import type { Resolvers } from '../../generated/resolvers-types.js';
import { documentById, listDocuments } from './documents.queries.js';

export const documentsResolvers: Resolvers = {
  ArchiveDocumentKind: {
    PERIOD_PRINTOUT: 'period_printout',
    YEAR_VOLUME: 'year_volume',
    SUMMARY_SHEET: 'summary_sheet',
  },
  ArchiveDocument: {
    __resolveReference: (ref, ctx) => documentById(ctx, ref.id),
    archivedAt: (doc) => doc.archivedAt.toISOString(),
  },
  Query: {
    archiveDocuments: (_parent, { schoolId, yearId }, ctx) => listDocuments(ctx, schoolId, yearId),
  },
};
