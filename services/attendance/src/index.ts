export {
  attendanceEntities,
  attendanceTypeDefs,
  createAttendanceService,
  type AttendanceService,
  type AttendanceServiceOptions,
} from './app.js';
export { loadAttendanceEnv, type AttendanceEnv } from './env.js';
export { attendanceMigrations } from './migrations/index.js';
export { AttendanceEvents } from '@dnevnik/contracts';
export { seedAttendanceDemo } from './seed/demo.js';
