import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gql } from 'graphql-tag';
import { kafkaConnection } from '@dnevnik/config';
import type { EventTransport } from '@dnevnik/events';
import { createLocalFileStore, type FileStore } from '@dnevnik/files';
import type { Logger } from '@dnevnik/logging';
import { createServiceRuntime, type ServiceRuntime } from '@dnevnik/service-runtime';
import { buildCurriculumContext, type CurriculumContext } from './context.js';
import type { CurriculumEnv } from './env.js';
import { curriculumMigrations } from './migrations/index.js';
import { guardianshipHandlers } from './modules/lesson/guardianship.consumer.js';
import {
  GuardianshipSchema,
  HomeworkAttachmentSchema,
  HomeworkSchema,
  LessonSchema,
  SubstitutionSchema,
} from './modules/lesson/lesson.entities.js';
import {
  AcademicYearSchema,
  BellSchema,
  EnrolmentSchema,
  GroupMemberSchema,
  PeriodSchema,
  SchoolClassSchema,
  SchoolSchema,
  StudyGroupSchema,
  SubjectSchema,
} from './modules/structure/structure.entities.js';
import {
  CurriculumItemSchema,
  IndividualCurriculumItemSchema,
  PlanSchema,
  PlanTopicSchema,
  TeachingAssignmentSchema,
  TimetableSlotSchema,
} from './modules/teaching/teaching.entities.js';
import { resolvers } from './resolvers.js';

export const curriculumEntities = [
  SchoolSchema,
  AcademicYearSchema,
  PeriodSchema,
  BellSchema,
  SubjectSchema,
  SchoolClassSchema,
  StudyGroupSchema,
  GroupMemberSchema,
  EnrolmentSchema,
  CurriculumItemSchema,
  IndividualCurriculumItemSchema,
  TeachingAssignmentSchema,
  TimetableSlotSchema,
  PlanSchema,
  PlanTopicSchema,
  LessonSchema,
  HomeworkSchema,
  HomeworkAttachmentSchema,
  SubstitutionSchema,
  GuardianshipSchema,
];

export const curriculumTypeDefs = gql(
  readFileSync(fileURLToPath(new URL('./schema.graphql', import.meta.url)), 'utf8'),
);

export interface CurriculumServiceOptions {
  env: CurriculumEnv;
  logger: Logger;
  gatewayPublicKeyPem?: string;
  transport?: EventTransport;
  files?: FileStore;
  /** The clock deadlines are measured against; tests set it. */
  now?: () => Date;
  outboxPollMs?: number;
  consumerGroupSuffix?: string;
}

export type CurriculumService = ServiceRuntime;

/** Builds the curriculum service; nothing listens until start(). */
export function createCurriculumService(
  options: CurriculumServiceOptions,
): Promise<CurriculumService> {
  const { env, logger } = options;
  const files = options.files ?? createLocalFileStore(env.CURRICULUM_FILES_DIR);
  const now = options.now ?? (() => new Date());
  return createServiceRuntime<CurriculumContext>({
    name: 'curriculum',
    logger,
    production: env.NODE_ENV === 'production',
    http: { port: env.CURRICULUM_PORT, host: env.CURRICULUM_HOST },
    database: {
      url: env.CURRICULUM_DATABASE_URL,
      embeddedDataDir: env.CURRICULUM_EMBEDDED_DATA_DIR,
      entities: curriculumEntities,
      migrations: curriculumMigrations,
    },
    ...(options.transport ? { transport: options.transport } : {}),
    kafka: kafkaConnection(env),
    gatewayPublicKeyPem: options.gatewayPublicKeyPem ?? env.GATEWAY_PUBLIC_KEY,
    typeDefs: curriculumTypeDefs,
    resolvers,
    buildContext: (base, em, afterCommit) =>
      buildCurriculumContext(base, em, { logger, files, afterCommit, now }),
    consumers: [{ name: 'guardianship', handlers: guardianshipHandlers }],
    // Homework attachments (up to 5 MB each) arrive base64-encoded in the request.
    maxBodyBytes: 16 * 1024 * 1024,
    ...(options.outboxPollMs ? { outboxPollMs: options.outboxPollMs } : {}),
    ...(options.consumerGroupSuffix ? { consumerGroupSuffix: options.consumerGroupSuffix } : {}),
  });
}
