export { TimetableSlot, TimetableSlotSchema } from './timetable.entities.js';
export { detectSlotClashes, generateLessons, type SlotOwner } from './lesson-generation.rules.js';
export { timetableResolvers } from './timetable.resolvers.js';
