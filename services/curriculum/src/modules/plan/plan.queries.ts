import type { CurriculumContext } from '../../context.js';
import { PlanTopic } from './plan.entities.js';

/** A plan's topics in their order. */
export const topicsOf = (ctx: CurriculumContext, planId: string): Promise<PlanTopic[]> =>
  ctx.em.find(PlanTopic, { planId }, { orderBy: { position: 'asc' } });
