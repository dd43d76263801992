import type { MigrationEntry } from '@dnevnik/database';
import { auditMigrations } from '@dnevnik/audit';
import { eventMigrations } from '@dnevnik/events';
import { IdentitySchema } from './0001-identity.js';
import { IdentityEsia } from './0002-esia.js';
import { IdentityThrottleAndRevocation } from './0003-throttle-and-revocation.js';

/** Platform tables first (outbox, inbox, audit log), then identity's own. Never reorder. */
export const identityMigrations: MigrationEntry[] = [
  ...eventMigrations,
  ...auditMigrations,
  { name: 'identity-0001-schema', class: IdentitySchema },
  { name: 'identity-0002-esia', class: IdentityEsia },
  { name: 'identity-0003-throttle-and-revocation', class: IdentityThrottleAndRevocation },
];
