export { Subject, SubjectSchema } from './subjects.entities.js';
export { subjectsResolvers } from './subjects.resolvers.js';
