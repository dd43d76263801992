import { kafkaConnection } from '@dnevnik/config';
import { createLocalFileStore, type FileStore } from '@dnevnik/files';
import {
  createServiceRuntime,
  passThroughOptions,
  schemaBeside,
  type ServiceRuntime,
  type SubgraphServiceOptions,
} from '@dnevnik/service-runtime';
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

export const curriculumTypeDefs = schemaBeside(import.meta.url);

export interface CurriculumServiceOptions extends SubgraphServiceOptions<CurriculumEnv> {
  files?: FileStore;
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
    kafka: kafkaConnection(env),
    gatewayPublicKeyPem: options.gatewayPublicKeyPem ?? env.GATEWAY_PUBLIC_KEY,
    typeDefs: curriculumTypeDefs,
    resolvers,
    buildContext: (base, em, afterCommit) =>
      buildCurriculumContext(base, em, { logger, files, afterCommit, now }),
    consumers: [{ name: 'guardianship', handlers: guardianshipHandlers }],
    // Homework attachments (up to 5 MB each) arrive base64-encoded in the request.
    maxBodyBytes: 16 * 1024 * 1024,
    ...passThroughOptions(options),
  });
}
