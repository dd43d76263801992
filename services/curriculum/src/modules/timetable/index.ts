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
export { timetableResolvers } from './timetable.resolvers.js';
