export {
  Homework,
  HomeworkAttachment,
  HomeworkAttachmentSchema,
  HomeworkRevision,
  HomeworkRevisionSchema,
  HomeworkSchema,
  Lesson,
  LessonSchema,
  Substitution,
  SubstitutionSchema,
} from './lesson.entities.js';
export { lessonEventData, lessonOf } from './lesson-data.js';
export { lessonResolvers } from './lesson.resolvers.js';
