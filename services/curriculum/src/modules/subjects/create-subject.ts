import { v7 as uuidv7 } from 'uuid';
import { conflict, requireText } from '@dnevnik/errors';
import { inTransaction } from '@dnevnik/service-runtime';
import type { CurriculumContext } from '../../context.js';
import { audit } from '../audit/index.js';
import { requireAdmin } from '../school-access/index.js';
import { requireSchool } from '../schools/index.js';
import { Subject } from './subjects.entities.js';

/** A school's subject; a new id unless one is given. */
export function subjectOf(schoolId: string, name: string, id: string = uuidv7()): Subject {
  return Object.assign(new Subject(), { id, schoolId, name });
}

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
    const subject = subjectOf(input.schoolId, name);
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
