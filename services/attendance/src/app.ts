import { withCheckpointer, type ChainWitness, type Checkpointer } from '@dnevnik/audit';
import { kafkaConnection } from '@dnevnik/config';
import { curriculumHandlers, identityHandlers, readModelSchemas } from '@dnevnik/school-facts';
import {
  createServiceRuntime,
  passThroughOptions,
  schemaBeside,
  type ServiceRuntime,
  type SubgraphServiceOptions,
} from '@dnevnik/service-runtime';
import { buildAttendanceContext, type AttendanceContext } from './context.js';
import type { AttendanceEnv } from './env.js';
import { attendanceMigrations } from './migrations/index.js';
import {
  ATTENDANCE_CHAIN_SOURCES,
  openAttendanceWitness,
  publishCheckpoints,
} from './modules/checkpoints/attendance-checkpoints.js';
import {
  AttendanceSettingsSchema,
  NonattendanceDetectionSchema,
} from './modules/nonattendance/nonattendance.entities.js';
import {
  AbsenceNoticeSchema,
  AbsenceReasonSchema,
  WeekReconciliationSchema,
} from './modules/reasons/reason.entities.js';
import { AttendanceRecordSchema } from './modules/records/record.entities.js';
import { transferWindowHandlers, TransferWindowSchema } from '@dnevnik/school-facts';
import { resolvers } from './resolvers.js';

export const attendanceEntities = [
  ...readModelSchemas,
  AttendanceRecordSchema,
  TransferWindowSchema,
  AbsenceReasonSchema,
  AbsenceNoticeSchema,
  WeekReconciliationSchema,
  AttendanceSettingsSchema,
  NonattendanceDetectionSchema,
];

export const attendanceTypeDefs = schemaBeside(import.meta.url);

export type AttendanceServiceOptions = SubgraphServiceOptions<AttendanceEnv>;

/** The runtime, and the checkpointer of the journals' and audit chains (on demand: `checkpointNow()`). */
export type AttendanceService = ServiceRuntime & {
  checkpoints: Checkpointer;
  witness: ChainWitness;
};

/** Builds the attendance service; nothing listens until start(). */
export async function createAttendanceService(
  options: AttendanceServiceOptions,
): Promise<AttendanceService> {
  const { env, logger } = options;
  const now = options.now ?? (() => new Date());
  const witness = openAttendanceWitness(env);
  const runtime = await createServiceRuntime<AttendanceContext>({
    name: 'attendance',
    logger,
    production: env.NODE_ENV === 'production',
    http: { port: env.ATTENDANCE_PORT, host: env.ATTENDANCE_HOST },
    database: {
      url: env.ATTENDANCE_DATABASE_URL,
      embeddedDataDir: env.ATTENDANCE_EMBEDDED_DATA_DIR,
      entities: attendanceEntities,
      migrations: attendanceMigrations,
      migrateOnStart: env.ATTENDANCE_MIGRATE_ON_START,
    },
    kafka: kafkaConnection(env),
    gatewayPublicKeyPem: options.gatewayPublicKeyPem ?? env.GATEWAY_PUBLIC_KEY,
    typeDefs: attendanceTypeDefs,
    resolvers,
    buildContext: (base, em, afterCommit) =>
      buildAttendanceContext(base, em, { logger, afterCommit, now, witness }),
    consumers: [
      { name: 'curriculum', handlers: curriculumHandlers },
      { name: 'guardianship', handlers: identityHandlers },
      { name: 'transfer-windows', handlers: transferWindowHandlers },
    ],
    ...passThroughOptions(options),
  });
  return withCheckpointer(runtime, {
    witness,
    sources: ATTENDANCE_CHAIN_SOURCES,
    intervalMs: env.ATTENDANCE_CHECKPOINT_INTERVAL_SECONDS * 1000,
    logger,
    publish: publishCheckpoints(runtime.database.orm, runtime.nudgeOutbox),
  });
}
