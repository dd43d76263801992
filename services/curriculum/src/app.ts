import { withCheckpointer, type ChainWitness, type Checkpointer } from '@dnevnik/audit';
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
import {
  CURRICULUM_CHAIN_SOURCES,
  openCurriculumWitness,
  publishCheckpoints,
} from './modules/audit/audit-checkpoints.js';
import { guardianshipHandlers } from './modules/lesson/guardianship.consumer.js';
import {
  GuardianshipSchema,
  HomeworkAttachmentSchema,
  HomeworkRevisionSchema,
  HomeworkSchema,
  LessonSchema,
  SubstitutionSchema,
} from './modules/lesson/lesson.entities.js';
import { transferWindowHandlers, TransferWindowSchema } from '@dnevnik/school-facts';
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
  HomeworkRevisionSchema,
  SubstitutionSchema,
  GuardianshipSchema,
  TransferWindowSchema,
];

export const curriculumTypeDefs = schemaBeside(import.meta.url);

export interface CurriculumServiceOptions extends SubgraphServiceOptions<CurriculumEnv> {
  files?: FileStore;
}

/** The runtime, and the checkpointer of the audit chains (on demand: `checkpointNow()`). */
export type CurriculumService = ServiceRuntime & {
  checkpoints: Checkpointer;
  witness: ChainWitness;
};

/** Builds the curriculum service; nothing listens until start(). */
export async function createCurriculumService(
  options: CurriculumServiceOptions,
): Promise<CurriculumService> {
  const { env, logger } = options;
  const files = options.files ?? createLocalFileStore(env.CURRICULUM_FILES_DIR);
  const now = options.now ?? (() => new Date());
  const witness = openCurriculumWitness(env);
  const runtime = await createServiceRuntime<CurriculumContext>({
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
      buildCurriculumContext(base, em, { logger, files, afterCommit, now, witness }),
    consumers: [
      { name: 'guardianship', handlers: guardianshipHandlers },
      // G4: windows are facts, not news: a fresh consumer reads them from the beginning.
      { name: 'transfer-windows', handlers: transferWindowHandlers },
    ],
    // Homework attachments (up to 5 MB each) arrive base64-encoded in the request.
    maxBodyBytes: 16 * 1024 * 1024,
    ...passThroughOptions(options),
  });
  return withCheckpointer(runtime, {
    witness,
    sources: CURRICULUM_CHAIN_SOURCES,
    intervalMs: env.CURRICULUM_CHECKPOINT_INTERVAL_SECONDS * 1000,
    logger,
    publish: publishCheckpoints(runtime.database.orm, runtime.nudgeOutbox),
  });
}
