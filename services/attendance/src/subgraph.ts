import { AttendanceEvents } from '@dnevnik/contracts';
import {
  curriculumHandlers,
  identityHandlers,
  readModelSchemas,
  transferWindowHandlers,
  TransferWindowSchema,
} from '@dnevnik/school-facts';
import { defineSubgraph, schemaBeside } from '@dnevnik/service-runtime';
import { buildAttendanceContext } from './context.js';
import { attendanceMigrations } from './migrations/index.js';
import { ATTENDANCE_CHAIN_SOURCES } from './modules/checkpoints/index.js';
import {
  AttendanceSettingsSchema,
  NonattendanceDetectionSchema,
} from './modules/nonattendance/index.js';
import {
  AbsenceNoticeSchema,
  AbsenceReasonSchema,
  WeekReconciliationSchema,
} from './modules/reasons/index.js';
import { AttendanceRecordSchema } from './modules/records/index.js';
import { resolvers } from './resolvers.js';

/**
 * Attendance: insert-only absences and lateness, reasons, parents' notices, reports and
 * systematic non-attendance (ADR 0010). Its checkpointer witnesses the journals' record chains
 * and the schools' audit chains (ADR 0009).
 */
export const attendance = defineSubgraph({
  name: 'attendance',
  envPrefix: 'ATTENDANCE',
  defaultPort: 4004,
  checkpoints: { sources: ATTENDANCE_CHAIN_SOURCES, event: AttendanceEvents.chainCheckpointed },
  typeDefs: schemaBeside(import.meta.url),
  resolvers,
  entities: [
    ...readModelSchemas,
    AttendanceRecordSchema,
    TransferWindowSchema,
    AbsenceReasonSchema,
    AbsenceNoticeSchema,
    WeekReconciliationSchema,
    AttendanceSettingsSchema,
    NonattendanceDetectionSchema,
  ],
  migrations: attendanceMigrations,
  consumers: () => [
    { name: 'curriculum', handlers: curriculumHandlers },
    { name: 'guardianship', handlers: identityHandlers },
    { name: 'transfer-windows', handlers: transferWindowHandlers },
  ],
  context: buildAttendanceContext,
});

export type AttendanceEnv = ReturnType<typeof attendance.loadEnv>;
/** The runtime, and the checkpointer of the journals' and audit chains (on demand: `checkpointNow()`). */
export type AttendanceService = Awaited<ReturnType<typeof attendance.create>>;
export type AttendanceServiceOptions = Parameters<typeof attendance.create>[0];
export const createAttendanceService = attendance.create;
export const loadAttendanceEnv = attendance.loadEnv;
export const attendanceEntities = attendance.entities;
export const attendanceTypeDefs = attendance.typeDefs;
