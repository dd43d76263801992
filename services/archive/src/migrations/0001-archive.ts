import { Migration } from '@mikro-orm/migrations';

/**
 * The archive's documents and their manifests (X1–X5). A document row is never changed; it is
 * deleted only once its retention has ended, and the database refuses anything else, so a
 * statement typed at a console cannot shorten the 25 years either. Manifest lines are never
 * changed or deleted: they are the proof that outlives a deleted document.
 */
export class ArchiveSchema extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table archive_document (
        id uuid primary key,
        school_id uuid not null,
        year_id uuid not null,
        class_id uuid null,
        period_id uuid null,
        kind text not null check (kind in ('period_printout', 'year_volume', 'summary_sheet')),
        title text not null,
        retain_until date not null,
        content_sha256 char(64) not null,
        snapshot_sha256 char(64) not null,
        snapshot jsonb not null,
        file_key text not null,
        bytes int not null check (bytes > 0),
        archived_at timestamptz not null,
        archived_by uuid not null
      );
      create index archive_document_school_year_idx on archive_document (school_id, year_id, archived_at);

      create table archive_manifest_line (
        chain text not null,
        seq int not null,
        document_id uuid not null,
        kind text not null,
        content_sha256 char(64) not null,
        snapshot_sha256 char(64) not null,
        archived_at text not null,
        prev_hash char(64) not null,
        hash char(64) not null unique,
        primary key (chain, seq)
      );

      create function archive_document_guard() returns trigger language plpgsql as $$
      begin
        if tg_op = 'UPDATE' then
          raise exception 'archive documents are never changed' using errcode = 'P0001';
        end if;
        if old.retain_until > current_date then
          raise exception 'archive document % is kept until %', old.id, old.retain_until
            using errcode = 'P0001';
        end if;
        return old;
      end $$;
      create trigger archive_document_guard before update or delete on archive_document
        for each row execute function archive_document_guard();

      create function archive_manifest_guard() returns trigger language plpgsql as $$
      begin
        raise exception 'manifest lines are never changed or deleted' using errcode = 'P0001';
      end $$;
      create trigger archive_manifest_guard before update or delete on archive_manifest_line
        for each row execute function archive_manifest_guard();
      create trigger archive_manifest_truncate before truncate on archive_manifest_line
        for each statement execute function archive_manifest_guard();
      create trigger archive_document_truncate before truncate on archive_document
        for each statement execute function archive_manifest_guard();
    `);
  }
}
