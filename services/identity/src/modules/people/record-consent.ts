import { v7 as uuidv7 } from 'uuid';
import { appendAudit } from '@dnevnik/audit';
import { badInput, forbidden, requireUuid } from '@dnevnik/errors';
import { inTransaction } from '@dnevnik/service-runtime';
import type { IdentityContext } from '../../context.js';
import { requireActiveSession } from '../access/index.js';
import { canManageSchoolPeople } from './people.access.js';
import { Consent, ParentLink } from './people.entities.js';
import { schoolOfChild } from './people.queries.js';
import { birthDateProblem, schoolChain } from './people.rules.js';

/** G5: the school records a verified parent's consent to processing the child's data. */
export async function recordConsent(
  ctx: IdentityContext,
  input: {
    subjectId: string;
    givenBy: string;
    purpose: string;
    documentRef: string;
    givenAt: string;
  },
): Promise<Consent> {
  const { viewer } = await requireActiveSession(ctx);
  requireUuid(input.subjectId, 'subjectId');
  requireUuid(input.givenBy, 'givenBy');
  const purpose = input.purpose.trim();
  const documentRef = input.documentRef.trim();
  if (purpose.length < 3 || purpose.length > 300)
    throw badInput('Укажите цель обработки (3–300 символов).', { field: 'purpose' });
  if (documentRef.length < 1 || documentRef.length > 100)
    throw badInput('Укажите номер документа согласия.', { field: 'documentRef' });
  const dateProblem = birthDateProblem(input.givenAt, new Date());
  if (!input.givenAt || dateProblem)
    throw badInput('Дата согласия указана неверно.', { field: 'givenAt' });
  return inTransaction(ctx, async (tx) => {
    const student = await schoolOfChild(tx, input.subjectId);
    if (!student?.schoolId || !canManageSchoolPeople(viewer, student.schoolId)) {
      throw forbidden('Согласие вносит администратор школы ребёнка.');
    }
    const link = await tx.findOne(ParentLink, {
      parentId: input.givenBy,
      childId: input.subjectId,
      removedAt: null,
      verified: true,
    });
    if (!link)
      throw badInput('Согласие даёт подтверждённый родитель (законный представитель) ребёнка.');
    const consent = new Consent();
    Object.assign(consent, {
      id: uuidv7(),
      subjectId: input.subjectId,
      givenBy: input.givenBy,
      purpose,
      documentRef,
      givenAt: input.givenAt,
      recordedBy: viewer.personId,
    });
    tx.persist(consent);
    await appendAudit(tx, {
      chain: schoolChain(student.schoolId),
      actorPersonId: viewer.personId,
      actorRole: 'school_admin',
      action: 'consent.recorded',
      entityType: 'consent',
      entityId: consent.id,
      schoolId: student.schoolId,
      before: null,
      after: {
        subjectId: consent.subjectId,
        givenBy: consent.givenBy,
        purpose,
        documentRef,
        givenAt: consent.givenAt,
      },
    });
    return consent;
  });
}
