// What the other modules of attendance (and the seed) may use of non-attendance.
export {
  AttendanceSettingsSchema,
  NonattendanceDetection,
  NonattendanceDetectionSchema,
} from './nonattendance.entities.js';
export { detectNonattendanceFor } from './detect-nonattendance.js';
export { nonattendanceResolvers } from './nonattendance.resolvers.js';
