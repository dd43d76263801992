export {
  CurriculumItem,
  CurriculumItemSchema,
  IndividualCurriculumItem,
  IndividualCurriculumItemSchema,
} from './curriculum.entities.js';
export { curriculumItemOf } from './set-curriculum-item.js';
export { curriculumHoursFor } from './curriculum.queries.js';
export { curriculumResolvers } from './curriculum.resolvers.js';
