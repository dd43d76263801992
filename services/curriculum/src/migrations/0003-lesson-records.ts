import { Migration } from '@mikro-orm/migrations';

/**
 * S7, G1: homework is part of the official lesson record, so its versions are kept. `homework`
 * holds the current version (what the diary shows; removed ones are hidden, not deleted);
 * `homework_revision` holds every version, from the first, and is insert-only. Attachments are
 * files of the content store: an attachment taken off a homework is marked, not deleted.
 *
 * G4: gradebook's temporary-journal transfer windows, taken in from its events, so that topics
 * recorded from a paper journal inside the window are flagged as transferred.
 *
 * The insert-only triggers at the end are the text insertOnlySql() produced when this migration
 * shipped, copied in: a past migration never imports live code, so what it ran stays what it runs.
 */
export class LessonRecords extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      alter table homework
        add column revision int not null default 1 check (revision >= 1),
        add column changed_at timestamptz null,
        add column changed_by uuid null,
        add column removed_at timestamptz null,
        add column removed_by uuid null;
      alter table homework_attachment add column removed_at timestamptz null;
      create table homework_revision (
        id uuid primary key,
        homework_id uuid not null references homework (id) deferrable initially deferred,
        revision int not null check (revision >= 1),
        change text not null check (change in ('assigned', 'changed', 'removed')),
        lesson_id uuid not null,
        student_id uuid null,
        text text not null,
        due_on date null,
        attachment_ids jsonb not null,
        changed_by uuid not null,
        changed_at timestamptz not null,
        unique (homework_id, revision)
      );
      -- The first version of every homework recorded before versions were kept.
      insert into homework_revision
        (id, homework_id, revision, change, lesson_id, student_id, text, due_on, attachment_ids,
         changed_by, changed_at)
      select h.id, h.id, 1, 'assigned', h.lesson_id, h.student_id, h.text, h.due_on,
        coalesce((select jsonb_agg(a.id order by a.id) from homework_attachment a
                  where a.homework_id = h.id), '[]'::jsonb),
        h.created_by, h.created_at
      from homework h;
      create table transfer_window (
        id uuid primary key,
        school_id uuid not null,
        from_date date not null,
        to_date date not null,
        opened_at timestamptz not null,
        closes_at timestamptz not null,
        reason text not null
      );
      create index transfer_window_school_idx on transfer_window (school_id, from_date);
      
      create function curriculum_reject_change() returns trigger language plpgsql as $$
      begin
        raise exception '% is insert-only: a correction is a new record (%)', tg_table_name, tg_op
          using errcode = 'insufficient_privilege';
      end $$;
      create trigger homework_revision_insert_only before update or delete on homework_revision
        for each row execute function curriculum_reject_change();
      create trigger homework_revision_no_truncate before truncate on homework_revision
        for each statement execute function curriculum_reject_change();
      revoke update, delete, truncate on homework_revision from public;`);
  }
}
