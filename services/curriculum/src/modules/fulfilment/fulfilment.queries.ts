import { forbidden } from '@dnevnik/errors';
import type { CurriculumContext } from '../../context.js';
import type { ProgrammeFulfilmentView } from '../../views.js';
import { localDateTime } from '../calendar/index.js';
import { curriculumHoursFor } from '../curriculum/index.js';
import { Lesson } from '../lesson/index.js';
import { PlanTopic } from '../plan/index.js';
import { isSchoolStaff, viewerOf } from '../school-access/index.js';
import { School } from '../schools/index.js';
import { requireAssignment } from '../teaching/index.js';

/** S8: planned vs held hours and topics covered, for one assignment. */
export async function programmeFulfilment(
  ctx: CurriculumContext,
  assignmentId: string,
): Promise<ProgrammeFulfilmentView> {
  const a = await requireAssignment(ctx.em, assignmentId);
  const viewer = viewerOf(ctx);
  if (!isSchoolStaff(viewer, a.schoolId))
    throw forbidden('Выполнение программы видят работники школы.');
  const school = await ctx.em.findOneOrFail(School, { id: a.schoolId });
  const today = localDateTime(ctx.deps.now(), school.timeZone).date;
  const plan = await ctx.loaders.currentPlan.load(a.id);
  const topics = plan ? await ctx.em.find(PlanTopic, { planId: plan.id }) : [];
  const lessons = await ctx.em.find(Lesson, { assignmentId: a.id, status: { $ne: 'cancelled' } });
  const dueByToday = lessons.filter((l) => l.date <= today).length;
  const held = lessons.filter((l) => l.status === 'conducted').length;
  const covered = new Set(
    lessons.map((l) => l.topicId).filter((t): t is string => !!t && topics.some((p) => p.id === t)),
  );
  return {
    assignmentId: a.id,
    plannedHours: plan?.totalHours ?? (await curriculumHoursFor(ctx.em, a).catch(() => 0)),
    scheduledHours: lessons.length,
    dueByToday,
    heldHours: held,
    plannedTopics: topics.length,
    coveredTopics: covered.size,
    planVersion: plan?.version ?? null,
  };
}
