export { Subject, SubjectSchema } from './subjects.entities.js';
export { subjectOf } from './create-subject.js';
export { createSubject } from './create-subject.js';
export { subjectsResolvers } from './subjects.resolvers.js';
