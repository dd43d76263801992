import type { MigrationEntry } from '@dnevnik/database';
import { auditMigrations } from '@dnevnik/audit';
import { eventMigrations } from '@dnevnik/events';
import { ArchiveSchema } from './0001-archive.js';

/** Platform tables first (outbox, inbox, audit log), then the archive's own. Never reorder. */
export const archiveMigrations: MigrationEntry[] = [
  ...eventMigrations,
  ...auditMigrations,
  { name: 'archive-0001-schema', class: ArchiveSchema },
];
