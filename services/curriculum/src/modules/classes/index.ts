export { SchoolClass, SchoolClassSchema } from './classes.entities.js';
export { classOf } from './create-class.js';
export { createClass } from './create-class.js';
export { classesResolvers } from './classes.resolvers.js';
