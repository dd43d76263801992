export { SchoolClass, SchoolClassSchema } from './classes.entities.js';
export { classesResolvers } from './classes.resolvers.js';
