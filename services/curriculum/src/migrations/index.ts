import type { MigrationEntry } from '@dnevnik/database';
import { auditMigrations } from '@dnevnik/audit';
import { eventMigrations } from '@dnevnik/events';
import { CurriculumSchema } from './0001-curriculum.js';
import { IndividualCurriculum } from './0002-individual-curriculum.js';
import { LessonRecords } from './0003-lesson-records.js';
import { GuardianshipFacts } from './0004-guardianship-facts.js';

/** Platform tables first (outbox, inbox, audit log), then curriculum's own. Never reorder. */
export const curriculumMigrations: MigrationEntry[] = [
  ...eventMigrations,
  ...auditMigrations,
  { name: 'curriculum-0001-schema', class: CurriculumSchema },
  { name: 'curriculum-0002-individual-curriculum', class: IndividualCurriculum },
  { name: 'curriculum-0003-lesson-records', class: LessonRecords },
  { name: 'curriculum-0004-guardianship-facts', class: GuardianshipFacts },
];
