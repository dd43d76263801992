import { Migration } from '@mikro-orm/migrations';
import type { MigrationEntry } from '@dnevnik/database';

class AuditLog extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table audit_log (
        seq bigserial primary key,
        chain text not null,
        occurred_at timestamptz not null,
        actor_person_id uuid null,
        actor_role text null,
        action text not null,
        entity_type text not null,
        entity_id text not null,
        school_id uuid null,
        before jsonb null,
        after jsonb null,
        prev_hash char(64) not null,
        hash char(64) not null unique
      );
      create index audit_log_chain_idx on audit_log (chain, seq);
      create index audit_log_entity_idx on audit_log (entity_type, entity_id);

      -- G2: the log is append-only. The hash chain detects what a superuser might still change.
      create function audit_log_reject_change() returns trigger language plpgsql as $$
      begin
        raise exception 'audit_log is append-only (%)', tg_op using errcode = 'insufficient_privilege';
      end $$;
      create trigger audit_log_no_update_delete before update or delete on audit_log
        for each row execute function audit_log_reject_change();
      create trigger audit_log_no_truncate before truncate on audit_log
        for each statement execute function audit_log_reject_change();`);
  }
}

export const auditMigrations: MigrationEntry[] = [
  { name: 'platform-0002-audit-log', class: AuditLog },
];
