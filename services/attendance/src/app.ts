import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gql } from 'graphql-tag';
import { kafkaConnection } from '@dnevnik/config';
import type { EventTransport } from '@dnevnik/events';
import type { Logger } from '@dnevnik/logging';
import { curriculumHandlers, identityHandlers, readModelSchemas } from '@dnevnik/school-facts';
import { createServiceRuntime, type ServiceRuntime } from '@dnevnik/service-runtime';
import { buildAttendanceContext, type AttendanceContext } from './context.js';
import type { AttendanceEnv } from './env.js';
import { attendanceMigrations } from './migrations/index.js';
import {
  AttendanceSettingsSchema,
  NonattendanceDetectionSchema,
} from './modules/nonattendance/nonattendance.entities.js';
import {
  AbsenceNoticeSchema,
  AbsenceReasonSchema,
  WeekReconciliationSchema,
} from './modules/reasons/reason.entities.js';
import { AttendanceRecordSchema, TransferWindowSchema } from './modules/records/record.entities.js';
import { transferWindowHandlers } from './modules/records/transfer-windows.js';
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

export const attendanceTypeDefs = gql(
  readFileSync(fileURLToPath(new URL('./schema.graphql', import.meta.url)), 'utf8'),
);

export interface AttendanceServiceOptions {
  env: AttendanceEnv;
  logger: Logger;
  gatewayPublicKeyPem?: string;
  transport?: EventTransport;
  now?: () => Date;
  outboxPollMs?: number;
  consumerGroupSuffix?: string;
}

export type AttendanceService = ServiceRuntime;

/** Builds the attendance service; nothing listens until start(). */
export function createAttendanceService(
  options: AttendanceServiceOptions,
): Promise<AttendanceService> {
  const { env, logger } = options;
  const now = options.now ?? (() => new Date());
  return createServiceRuntime<AttendanceContext>({
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
    ...(options.transport ? { transport: options.transport } : {}),
    kafka: kafkaConnection(env),
    gatewayPublicKeyPem: options.gatewayPublicKeyPem ?? env.GATEWAY_PUBLIC_KEY,
    typeDefs: attendanceTypeDefs,
    resolvers,
    buildContext: (base, em, afterCommit) =>
      buildAttendanceContext(base, em, { logger, afterCommit, now }),
    consumers: [
      { name: 'curriculum', handlers: curriculumHandlers },
      { name: 'guardianship', handlers: identityHandlers },
      { name: 'transfer-windows', handlers: transferWindowHandlers },
    ],
    ...(options.outboxPollMs ? { outboxPollMs: options.outboxPollMs } : {}),
    ...(options.consumerGroupSuffix ? { consumerGroupSuffix: options.consumerGroupSuffix } : {}),
  });
}
