import { forbidden } from '@dnevnik/errors';
import type { ArchiveContext } from '../../context.js';
import { canArchiveSchool } from './documents.access.js';
import { ArchiveDocument } from './documents.entities.js';

/** A school year's documents, in the order they were archived. */
export async function listDocuments(
  ctx: ArchiveContext,
  schoolId: string,
  yearId: string,
): Promise<ArchiveDocument[]> {
  if (!canArchiveSchool(ctx.viewer, schoolId))
    throw forbidden('Архив школы видят директор и его заместители.');
  return ctx.em.find(
    ArchiveDocument,
    { schoolId, yearId },
    { orderBy: { archivedAt: 'asc', id: 'asc' } },
  );
}

/** One document, for a reference from another subgraph; null when the viewer may not see it. */
export async function documentById(
  ctx: ArchiveContext,
  id: string,
): Promise<ArchiveDocument | null> {
  const doc = await ctx.em.findOne(ArchiveDocument, { id });
  return doc && canArchiveSchool(ctx.viewer, doc.schoolId) ? doc : null;
}
