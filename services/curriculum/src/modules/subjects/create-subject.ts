import { v7 as uuidv7 } from 'uuid';
import { conflict, requireText } from '@dnevnik/errors';
import { inTransaction } from '@dnevnik/service-runtime';
import type { CurriculumContext } from '../../context.js';
import { audit } from '../audit/index.js';
import { requireAdmin } from '../school-access/index.js';
import { requireSchool } from '../schools/index.js';
import { Subject } from './subjects.entities.js';

export async function createSubject(
  ctx: CurriculumContext,
  input: { schoolId: string; name: string },
): Promise<Subject> {
  requireAdmin(ctx, input.schoolId);
  const name = requireText(input.name, 'name', 100);
  return inTransaction(ctx, async (tx) => {
    await requireSchool(tx, input.schoolId);
    if (await tx.findOne(Subject, { schoolId: input.schoolId, name }))
      throw conflict(`Предмет «${name}» уже есть.`);
    const subject = Object.assign(new Subject(), { id: uuidv7(), schoolId: input.schoolId, name });
    tx.persist(subject);
    await audit(tx, ctx, {
      schoolId: input.schoolId,
      role: 'school_admin',
      action: 'subject.created',
      entityType: 'subject',
      entityId: subject.id,
      before: null,
      after: subject,
    });
    return subject;
  });
}
