import { v7 as uuidv7 } from 'uuid';
import { badInput } from '@dnevnik/errors';
import { inTransaction } from '@dnevnik/service-runtime';
import type { CurriculumContext } from '../../context.js';
import { audit } from '../audit/index.js';
import { requireAdmin } from '../school-access/index.js';
import { Bell } from './schools.entities.js';
import { requireSchool } from './schools.queries.js';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A school's bell for one lesson number; a new id unless one is given. */
export function bellOf(
  schoolId: string,
  b: { lessonNumber: number; startsAt: string; endsAt: string },
  id: string = uuidv7(),
): Bell {
  return Object.assign(new Bell(), { id, schoolId, ...b });
}

export async function setBellSchedule(
  ctx: CurriculumContext,
  input: { schoolId: string; bells: { lessonNumber: number; startsAt: string; endsAt: string }[] },
): Promise<Bell[]> {
  requireAdmin(ctx, input.schoolId);
  for (const b of input.bells) {
    if (!TIME.test(b.startsAt) || !TIME.test(b.endsAt) || b.endsAt <= b.startsAt) {
      throw badInput(`Урок ${b.lessonNumber}: время в формате ЧЧ:ММ, окончание позже начала.`);
    }
  }
  return inTransaction(ctx, async (tx) => {
    await requireSchool(tx, input.schoolId);
    const existing = await tx.find(Bell, { schoolId: input.schoolId });
    const before = existing.map((b) => ({
      lessonNumber: b.lessonNumber,
      startsAt: b.startsAt,
      endsAt: b.endsAt,
    }));
    existing.forEach((b) => tx.remove(b));
    await tx.flush();
    const bells = input.bells.map((b) => bellOf(input.schoolId, b));
    tx.persist(bells);
    await audit(tx, ctx, {
      schoolId: input.schoolId,
      role: 'school_admin',
      action: 'bells.set',
      entityType: 'school',
      entityId: input.schoolId,
      before,
      after: input.bells,
    });
    return bells;
  });
}
