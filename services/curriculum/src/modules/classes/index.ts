export { SchoolClass, SchoolClassSchema } from './classes.entities.js';
export { classOf, stageClassCreated } from './create-class.js';
export { classesResolvers } from './classes.resolvers.js';
