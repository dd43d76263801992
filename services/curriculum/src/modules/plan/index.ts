export { Plan, PlanSchema, PlanTopic, PlanTopicSchema } from './plan.entities.js';
export { validatePlan, type LessonKind } from './plan.rules.js';
export { submitPlan } from './submit-plan.js';
export { planResolvers } from './plan.resolvers.js';
