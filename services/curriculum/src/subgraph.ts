import { ChainWitnessEvents } from '@dnevnik/contracts';
import { createLocalFileStore, type FileStore } from '@dnevnik/files';
import {
  identityHandlers,
  RmGuardianshipSchema,
  transferWindowHandlers,
  TransferWindowSchema,
} from '@dnevnik/school-facts';
import { z } from '@dnevnik/config';
import { defineSubgraph, schemaBeside, type SubgraphSetup } from '@dnevnik/service-runtime';
import { buildCurriculumContext } from './context.js';
import { curriculumMigrations } from './migrations/index.js';
import { CURRICULUM_CHAIN_SOURCES } from './modules/audit/index.js';
import { SchoolClassSchema } from './modules/classes/index.js';
import {
  CurriculumItemSchema,
  IndividualCurriculumItemSchema,
} from './modules/curriculum/index.js';
import { EnrolmentSchema } from './modules/enrolments/index.js';
import { GroupMemberSchema, StudyGroupSchema } from './modules/groups/index.js';
import {
  HomeworkAttachmentSchema,
  HomeworkRevisionSchema,
  HomeworkSchema,
  LessonSchema,
  SubstitutionSchema,
} from './modules/lesson/index.js';
import { PlanSchema, PlanTopicSchema } from './modules/plan/index.js';
import { BellSchema, SchoolSchema } from './modules/schools/index.js';
import { SubjectSchema } from './modules/subjects/index.js';
import { TeachingAssignmentSchema } from './modules/teaching/index.js';
import { TimetableSlotSchema } from './modules/timetable/index.js';
import { AcademicYearSchema, PeriodSchema } from './modules/years/index.js';
import { resolvers } from './resolvers.js';

const ownEnv = {
  /** Where homework attachments are stored (local disk file store). */
  CURRICULUM_FILES_DIR: z.string().default('.data/files/curriculum'),
};

/** Beyond the common options: a file store of the caller's (tests); else one on local disk. */
interface CurriculumOwnOptions {
  files?: FileStore;
}

/**
 * Curriculum: the school's structure (years, classes, groups, enrolments), its curriculum,
 * teacher load, timetable and plans, and the record of its lessons and homework (ADR 0010).
 */
export const curriculum = defineSubgraph({
  name: 'curriculum',
  envPrefix: 'CURRICULUM',
  defaultPort: 4002,
  env: ownEnv,
  checkpoints: { sources: CURRICULUM_CHAIN_SOURCES, event: ChainWitnessEvents.curriculum },
  typeDefs: schemaBeside(import.meta.url),
  resolvers,
  entities: [
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
    RmGuardianshipSchema,
    TransferWindowSchema,
  ],
  migrations: curriculumMigrations,
  consumers: () => [
    // A8: identity's parent–child links, in school-facts' read model (its consumer keeps the name
    // it had when curriculum kept its own copy, so its inbox position still applies).
    { name: 'guardianship', handlers: identityHandlers },
    // G4: windows are facts, not news: a fresh consumer reads them from the beginning.
    { name: 'transfer-windows', handlers: transferWindowHandlers },
  ],
  // Homework attachments (up to 5 MB each) arrive base64-encoded in the request.
  maxBodyBytes: 16 * 1024 * 1024,
  deps: ({ env, options }: SubgraphSetup<typeof ownEnv, CurriculumOwnOptions>) => ({
    files: options.files ?? createLocalFileStore(env.CURRICULUM_FILES_DIR),
  }),
  context: buildCurriculumContext,
});

export type CurriculumEnv = ReturnType<typeof curriculum.loadEnv>;
export type CurriculumService = Awaited<ReturnType<typeof curriculum.create>>;
export type CurriculumServiceOptions = Parameters<typeof curriculum.create>[0];
export const createCurriculumService = curriculum.create;
export const loadCurriculumEnv = curriculum.loadEnv;
export const curriculumEntities = curriculum.entities;
export const curriculumTypeDefs = curriculum.typeDefs;
