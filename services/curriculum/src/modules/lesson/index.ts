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
export { lessonEventData, lessonOf, stageLessonEvent } from './lesson-data.js';
export { recordLesson } from './record-lesson.js';
export { lessonResolvers } from './lesson.resolvers.js';
