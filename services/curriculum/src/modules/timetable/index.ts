export { TimetableSlot, TimetableSlotSchema } from './timetable.entities.js';
export { detectSlotClashes, generateLessons, type SlotOwner } from './lesson-generation.rules.js';
export {
  buildTimetable,
  dayLengths,
  FlowNetwork,
  maxLessonsPerDay,
  scheduleClass,
  type Rng,
  type SlotDraft,
  type TimetableClass,
  type WeeklyItem,
} from './timetable-solver.rules.js';
export { generateYearLessons } from './generate-lessons.js';
export { setTimetableSlot } from './set-timetable-slot.js';
export { timetableResolvers } from './timetable.resolvers.js';
