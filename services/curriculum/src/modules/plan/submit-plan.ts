import { v7 as uuidv7 } from 'uuid';
import { badInput, forbidden } from '@dnevnik/errors';
import { inTransaction } from '@dnevnik/service-runtime';
import type { CurriculumContext } from '../../context.js';
import { audit } from '../audit/index.js';
import { localDateTime } from '../calendar/index.js';
import { curriculumHoursFor } from '../curriculum/index.js';
import { canWritePlan, viewerOf } from '../school-access/index.js';
import { School } from '../schools/index.js';
import { requireAssignment } from '../teaching/index.js';
import { requireYear } from '../years/index.js';
import { Plan, PlanTopic } from './plan.entities.js';
import { isPlanLate, validatePlan, type PlanTopicInput } from './plan.rules.js';

/**
 * A version of an assignment's plan; submitted now unless `submittedAt` is given, a new id unless
 * one is given.
 */
export function planOf(
  assignmentId: string,
  fields: {
    version: number;
    totalHours: number;
    submittedBy: string;
    late: boolean;
    submittedAt?: Date;
    id?: string;
  },
): Plan {
  const plan = Object.assign(new Plan(), {
    id: fields.id ?? uuidv7(),
    assignmentId,
    version: fields.version,
    totalHours: fields.totalHours,
    submittedBy: fields.submittedBy,
    late: fields.late,
  });
  // The entity's default (now) stays unless the caller names the instant.
  if (fields.submittedAt) plan.submittedAt = fields.submittedAt;
  return plan;
}

/** The topic at a position of a plan, its title trimmed; a new id unless one is given. */
export function planTopicOf(
  planId: string,
  position: number,
  t: PlanTopicInput,
  id: string = uuidv7(),
): PlanTopic {
  return Object.assign(new PlanTopic(), {
    id,
    planId,
    position,
    title: t.title.trim(),
    hours: t.hours,
    kind: t.kind,
  });
}

/**
 * S6: a new version of the calendar-thematic plan. Total hours must equal the curriculum's;
 * the difference is named. Plans submitted after 1 September are accepted and marked late.
 */
export async function submitPlan(
  ctx: CurriculumContext,
  input: { assignmentId: string; topics: PlanTopicInput[] },
): Promise<Plan> {
  return inTransaction(ctx, async (tx) => {
    const a = await requireAssignment(tx, input.assignmentId);
    const viewer = viewerOf(ctx);
    if (!canWritePlan(viewer, a))
      throw forbidden('План составляет учитель, который ведёт этот предмет в этом классе.');
    const hours = await curriculumHoursFor(tx, a);
    const verdict = validatePlan(input.topics, hours);
    if (!verdict.ok)
      throw badInput(verdict.problems.join(' '), {
        problems: verdict.problems,
        difference: verdict.difference,
      });
    const school = await tx.findOneOrFail(School, { id: a.schoolId });
    const year = await requireYear(tx, a.yearId);
    const previous = await tx.findOne(
      Plan,
      { assignmentId: a.id },
      { orderBy: { version: 'desc' } },
    );
    const plan = planOf(a.id, {
      version: (previous?.version ?? 0) + 1,
      totalHours: hours,
      submittedBy: viewer.personId,
      submittedAt: ctx.deps.now(),
      late: isPlanLate(localDateTime(ctx.deps.now(), school.timeZone).date, year.startsOn),
    });
    tx.persist(plan);
    input.topics.forEach((t, i) => tx.persist(planTopicOf(plan.id, i + 1, t)));
    await audit(tx, ctx, {
      schoolId: a.schoolId,
      role: 'subject_teacher',
      action: previous ? 'plan.revised' : 'plan.submitted',
      entityType: 'plan',
      entityId: plan.id,
      before: previous ? { version: previous.version } : null,
      after: { version: plan.version, topics: input.topics.length, hours, late: plan.late },
    });
    return plan;
  });
}
