import { Migration } from '@mikro-orm/migrations';

export class GradebookSchema extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table rm_school (id uuid primary key, time_zone text not null, working_weekdays jsonb not null);
      create table rm_class (id uuid primary key, school_id uuid not null, grade int not null, name text not null);
      create table rm_group (id uuid primary key, school_id uuid not null, class_id uuid null, member_ids jsonb not null);
      create table rm_enrolment (id uuid primary key, student_id uuid not null, class_id uuid not null, starts_on date not null, ends_on date null);
      create index rm_enrolment_class_idx on rm_enrolment (class_id);
      create index rm_enrolment_student_idx on rm_enrolment (student_id);
      create table rm_assignment (
        id uuid primary key, school_id uuid not null, year_id uuid not null, teacher_id uuid not null,
        subject_id uuid not null, class_id uuid null, group_id uuid null
      );
      create table rm_lesson (
        id uuid primary key, assignment_id uuid not null, school_id uuid not null, class_id uuid null, group_id uuid null,
        subject_id uuid not null, teacher_id uuid not null, date date not null, status text not null, work_type text null
      );
      create index rm_lesson_assignment_idx on rm_lesson (assignment_id, date);
      create table rm_substitution (id uuid primary key, lesson_id uuid not null, substitute_id uuid not null);
      create index rm_substitution_lesson_idx on rm_substitution (lesson_id);
      create table rm_period (
        id uuid primary key, year_id uuid not null, school_id uuid not null, kind text not null, name text not null,
        starts_on date not null, ends_on date not null
      );
      create table rm_guardianship (link_id uuid primary key, parent_id uuid not null, child_id uuid not null, verified boolean not null, active boolean not null);
      create index rm_guardianship_parent_idx on rm_guardianship (parent_id);

      create table mark (
        id uuid primary key,
        seq bigserial not null unique,
        journal_key text not null,
        school_id uuid not null,
        student_id uuid not null,
        subject_id uuid not null,
        assignment_id uuid not null,
        lesson_id uuid null,
        lesson_date date not null,
        work_type text not null,
        weight double precision not null,
        scale text not null,
        value text not null,
        numeric double precision null,
        comment text null,
        replaces_mark_id uuid null references mark (id),
        correction_reason text null,
        approved_by uuid null,
        timing text not null check (timing in ('on_time', 'late', 'transferred')),
        entered_by uuid not null,
        entered_role text not null,
        entered_at timestamptz not null,
        prev_hash char(64) not null,
        hash char(64) not null unique,
        check (replaces_mark_id is null or correction_reason is not null)
      );
      create index mark_journal_idx on mark (journal_key, seq);
      create index mark_student_idx on mark (student_id, lesson_date);
      create index mark_lesson_idx on mark (lesson_id);
      -- A mark is replaced at most once: corrections form a line, never a fork.
      create unique index mark_replaced_once on mark (replaces_mark_id) where replaces_mark_id is not null;

      create table final_mark (
        id uuid primary key,
        school_id uuid not null,
        student_id uuid not null,
        subject_id uuid not null,
        class_id uuid not null,
        period_id uuid null,
        kind text not null check (kind in ('period', 'year', 'exam', 'final')),
        value text null,
        suggested double precision null,
        mean double precision null,
        enough_marks boolean not null,
        deferred_reason text null,
        deferred_until date null,
        timing text not null,
        replaces_final_id uuid null references final_mark (id),
        entered_by uuid not null,
        entered_at timestamptz not null,
        check ((value is null) <> (deferred_reason is null))
      );
      create index final_mark_student_idx on final_mark (student_id, subject_id);
      create unique index final_mark_replaced_once on final_mark (replaces_final_id) where replaces_final_id is not null;

      create table transfer_window (
        id uuid primary key, school_id uuid not null, from_date date not null, to_date date not null,
        opened_by uuid not null, opened_at timestamptz not null, closes_at timestamptz not null, reason text not null
      );

      -- M4, G1: marks and finals are insert-only. The trigger holds for every role; the grants
      -- below are for the role the service runs as in production, which owns nothing.
      create function gradebook_reject_change() returns trigger language plpgsql as $$
      begin
        raise exception '% is insert-only: a correction is a new record (%)', tg_table_name, tg_op
          using errcode = 'insufficient_privilege';
      end $$;
      create trigger mark_insert_only before update or delete on mark
        for each row execute function gradebook_reject_change();
      create trigger mark_no_truncate before truncate on mark
        for each statement execute function gradebook_reject_change();
      create trigger final_mark_insert_only before update or delete on final_mark
        for each row execute function gradebook_reject_change();
      create trigger final_mark_no_truncate before truncate on final_mark
        for each statement execute function gradebook_reject_change();
      revoke update, delete, truncate on mark, final_mark from public;
      do $$
      begin
        if not exists (select 1 from pg_roles where rolname = 'gradebook_writer') then
          create role gradebook_writer nologin;
        end if;
        grant select, insert on mark, final_mark to gradebook_writer;
        grant usage on sequence mark_seq_seq to gradebook_writer;
      exception when others then
        -- Embedded PGlite has a single user; the trigger alone guards it there.
        raise notice 'gradebook_writer role not created: %', sqlerrm;
      end $$;`);
  }
}
