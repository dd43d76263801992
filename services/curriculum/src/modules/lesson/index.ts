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
export { homeworkOf, persistRevision, stageHomeworkAssigned } from './homework-writer.js';
export { lessonEventData, lessonOf, stageLessonEvent } from './lesson-data.js';
export { lessonResolvers } from './lesson.resolvers.js';
