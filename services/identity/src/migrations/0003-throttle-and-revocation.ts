import { Migration } from '@mikro-orm/migrations';

/**
 * Login delays per login and client address (docs/adr/0007), and the revocation feed the gateway
 * polls every second (docs/adr/0008): both read by indexes, not by scanning growing tables.
 */
export class IdentityThrottleAndRevocation extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create index login_attempt_pair_idx on login_attempt (account_key, source_key, attempted_at);
      create index session_revoked_at_index on session (revoked_at) where revoked_at is not null;`);
  }
}
