// What the other modules of the archive may use of its documents.
export {
  ArchiveDocument,
  ArchiveDocumentSchema,
  ManifestLineRow,
  ManifestLineSchema,
} from './documents.entities.js';
export { documentsResolvers } from './documents.resolvers.js';
export { manifestChain, nextManifestLine, verifyManifest } from './manifest.rules.js';
export { decideDeletion, retainUntil, type DocumentKind } from './retention.rules.js';
