import type { MigrationEntry } from '@dnevnik/database';
import { auditMigrations } from '@dnevnik/audit';
import { eventMigrations } from '@dnevnik/events';
import { GradebookSchema } from './0001-gradebook.js';
import { LateEntryPermit } from './0002-late-entry-permit.js';
import { ScalesWorksYears } from './0003-scales-works-years.js';
import { MarkRequest } from './0004-mark-request.js';

/** Platform tables first (outbox, inbox, audit log), then gradebook's own. Never reorder. */
export const gradebookMigrations: MigrationEntry[] = [
  ...eventMigrations,
  ...auditMigrations,
  { name: 'gradebook-0001-schema', class: GradebookSchema },
  { name: 'gradebook-0002-late-entry-permit', class: LateEntryPermit },
  { name: 'gradebook-0003-scales-works-years', class: ScalesWorksYears },
  { name: 'gradebook-0004-mark-request', class: MarkRequest },
];
