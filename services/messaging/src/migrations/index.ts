import type { MigrationEntry } from '@dnevnik/database';
import { auditMigrations } from '@dnevnik/audit';
import { eventMigrations } from '@dnevnik/events';
import { MessagingSchema } from './0001-messaging.js';

/** Platform tables first (outbox, inbox, audit log), then messaging's own. Never reorder. */
export const messagingMigrations: MigrationEntry[] = [
  ...eventMigrations,
  ...auditMigrations,
  { name: 'messaging-0001-schema', class: MessagingSchema },
];
