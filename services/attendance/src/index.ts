export {
  attendance,
  attendanceEntities,
  attendanceTypeDefs,
  createAttendanceService,
  loadAttendanceEnv,
  type AttendanceEnv,
  type AttendanceService,
  type AttendanceServiceOptions,
} from './subgraph.js';
export { attendanceMigrations } from './migrations/index.js';
export { AttendanceEvents } from '@dnevnik/contracts';
export { seedAttendanceDemo } from './seed/demo.js';
