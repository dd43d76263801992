export { Plan, PlanSchema, PlanTopic, PlanTopicSchema } from './plan.entities.js';
export { planOf, planTopicOf } from './submit-plan.js';
export { validatePlan, type LessonKind } from './plan.rules.js';
export { planResolvers } from './plan.resolvers.js';
