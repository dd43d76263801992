export {
  CurriculumItem,
  CurriculumItemSchema,
  IndividualCurriculumItem,
  IndividualCurriculumItemSchema,
} from './curriculum.entities.js';
export { curriculumHoursFor } from './curriculum.queries.js';
export { setCurriculumItem } from './set-curriculum-item.js';
export { curriculumResolvers } from './curriculum.resolvers.js';
