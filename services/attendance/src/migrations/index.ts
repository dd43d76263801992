import type { MigrationEntry } from '@dnevnik/database';
import { auditMigrations } from '@dnevnik/audit';
import { eventMigrations } from '@dnevnik/events';
import { AttendanceSchema } from './0001-attendance.js';

/** Platform tables first (outbox, inbox, audit log), then attendance's own. Never reorder. */
export const attendanceMigrations: MigrationEntry[] = [
  ...eventMigrations,
  ...auditMigrations,
  { name: 'attendance-0001-schema', class: AttendanceSchema },
];
