// What the other modules of gradebook may use of marks. The pure rules come first: modules that
// import each other meet here, and the rules' constants must be there before anyone reads them.
export * from './deadlines.rules.js';
export * from './grading-scales.rules.js';
export * from './weights.rules.js';
export { canReadStudentMarks } from './marks.access.js';
export { LateEntryPermitSchema, Mark, MarkSchema, TransferWindowSchema } from './marks.entities.js';
export { currentOnly, journalKeyOf } from './marks.queries.js';
export { appendMark, markEventData, stageMarkEvent } from './append-mark.js';
export { postMark, type PostMarkInput } from './post-mark.js';
export { postMarks, type PostMarksInput } from './post-marks.js';
export { marksResolvers } from './marks.resolvers.js';
