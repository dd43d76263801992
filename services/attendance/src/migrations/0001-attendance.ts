import { Migration } from '@mikro-orm/migrations';

export class AttendanceSchema extends Migration {
  override async up(): Promise<void> {
    // The read model of curriculum's and identity's facts, shared with gradebook. A frozen copy of
    // SCHOOL_FACTS_DDL as it stood when this migration shipped: a past migration never imports live
    // code, so the DDL it ran stays the DDL it runs (see schemas/migrations.lock.json).
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
`);
    this.addSql(`
      -- P1, G1: an absence or lateness as entered; corrections are new rows pointing to the old.
      create table attendance_record (
        id uuid primary key,
        seq bigserial not null unique,
        journal_key text not null,
        school_id uuid not null,
        student_id uuid not null,
        subject_id uuid not null,
        assignment_id uuid not null,
        lesson_id uuid not null,
        lesson_date date not null,
        status text not null check (status in ('absent', 'late', 'present')),
        late_minutes int null check (late_minutes between 1 and 90),
        comment text null,
        replaces_record_id uuid null references attendance_record (id),
        correction_reason text null,
        approved_by uuid null,
        timing text not null check (timing in ('on_time', 'late', 'transferred')),
        entered_by uuid not null,
        entered_role text not null,
        entered_at timestamptz not null,
        prev_hash char(64) not null,
        hash char(64) not null unique,
        check (replaces_record_id is null or correction_reason is not null),
        check ((status = 'late') = (late_minutes is not null)),
        -- "Present" is the default and is only ever recorded to undo an earlier record.
        check (status <> 'present' or replaces_record_id is not null)
      );
      create index attendance_record_journal_idx on attendance_record (journal_key, seq);
      create index attendance_record_student_idx on attendance_record (student_id, lesson_date);
      create index attendance_record_lesson_idx on attendance_record (lesson_id);
      create index attendance_record_school_idx on attendance_record (school_id, lesson_date);
      -- One first record per student and lesson; corrections form a line, never a fork.
      create unique index attendance_record_first on attendance_record (lesson_id, student_id)
        where replaces_record_id is null;
      create unique index attendance_record_replaced_once on attendance_record (replaces_record_id)
        where replaces_record_id is not null;

      -- P2: reasons are a history too; the latest row for a student's lesson applies.
      create table absence_reason (
        id uuid primary key,
        seq bigserial not null unique,
        school_id uuid not null,
        student_id uuid not null,
        lesson_id uuid not null,
        lesson_date date not null,
        record_id uuid not null references attendance_record (id),
        kind text not null check (kind in ('illness_certified', 'illness', 'family', 'competition', 'other_excused', 'unexcused')),
        comment text null,
        notice_id uuid null,
        set_by uuid not null,
        set_role text not null,
        set_at timestamptz not null
      );
      create index absence_reason_lesson_idx on absence_reason (lesson_id, student_id, seq);
      create index absence_reason_student_idx on absence_reason (student_id, lesson_date);

      -- P2: a parent's advance notice of an absence, confirmed or rejected by the class teacher.
      create table absence_notice (
        id uuid primary key,
        school_id uuid not null,
        student_id uuid not null,
        from_date date not null,
        to_date date not null,
        kind text not null,
        comment text null,
        submitted_by uuid not null,
        submitted_at timestamptz not null,
        status text not null check (status in ('pending', 'confirmed', 'rejected')),
        decided_by uuid null,
        decided_at timestamptz null,
        decision_comment text null,
        check (to_date >= from_date),
        check ((status = 'pending') = (decided_by is null))
      );
      create index absence_notice_student_idx on absence_notice (student_id, from_date);

      -- P2: the class teacher's weekly reconciliation of a class's absences.
      create table week_reconciliation (
        id uuid primary key,
        school_id uuid not null,
        class_id uuid not null,
        week_start date not null,
        reconciled_by uuid not null,
        reconciled_at timestamptz not null
      );
      create index week_reconciliation_idx on week_reconciliation (school_id, week_start);

      -- P3: a school's threshold of systematic non-attendance; each change is a new row (G2).
      create table attendance_settings (
        id uuid primary key,
        school_id uuid not null,
        threshold int not null check (threshold between 1 and 100),
        window_days int not null check (window_days between 1 and 120),
        set_by uuid not null,
        set_at timestamptz not null
      );
      create index attendance_settings_school_idx on attendance_settings (school_id, id desc);

      -- P3, P4: what the detector found, so that a window fires its event once.
      create table nonattendance_detection (
        id uuid primary key,
        school_id uuid not null,
        student_id uuid not null,
        window_from date not null,
        window_to date not null,
        unexcused_absences int not null,
        threshold int not null,
        window_days int not null,
        detected_at timestamptz not null,
        unique (student_id, window_to)
      );
      create index nonattendance_detection_school_idx on nonattendance_detection (school_id, window_to);

      -- G4: gradebook's transfer windows, taken from its events; one window serves the whole journal.
      create table transfer_window (
        id uuid primary key, school_id uuid not null, from_date date not null, to_date date not null,
        opened_at timestamptz not null, closes_at timestamptz not null, reason text not null
      );
      create index transfer_window_school_idx on transfer_window (school_id, from_date);

      -- P1, G1: records, reasons, detections and reconciliations are insert-only. The trigger holds
      -- for every role; the grants below are for the role the service runs as in production.
      
      create function attendance_reject_change() returns trigger language plpgsql as $$
      begin
        raise exception '% is insert-only: a correction is a new record (%)', tg_table_name, tg_op
          using errcode = 'insufficient_privilege';
      end $$;
      create trigger attendance_record_insert_only before update or delete on attendance_record
        for each row execute function attendance_reject_change();
      create trigger attendance_record_no_truncate before truncate on attendance_record
        for each statement execute function attendance_reject_change();
      create trigger absence_reason_insert_only before update or delete on absence_reason
        for each row execute function attendance_reject_change();
      create trigger absence_reason_no_truncate before truncate on absence_reason
        for each statement execute function attendance_reject_change();
      create trigger week_reconciliation_insert_only before update or delete on week_reconciliation
        for each row execute function attendance_reject_change();
      create trigger week_reconciliation_no_truncate before truncate on week_reconciliation
        for each statement execute function attendance_reject_change();
      create trigger nonattendance_detection_insert_only before update or delete on nonattendance_detection
        for each row execute function attendance_reject_change();
      create trigger nonattendance_detection_no_truncate before truncate on nonattendance_detection
        for each statement execute function attendance_reject_change();
      revoke update, delete, truncate on attendance_record, absence_reason, week_reconciliation, nonattendance_detection from public;
      do $$
      begin
        if not exists (select 1 from pg_roles where rolname = 'attendance_writer') then
          create role attendance_writer nologin;
        end if;
        grant select, insert on attendance_record, absence_reason, week_reconciliation,
          nonattendance_detection, attendance_settings, transfer_window, processed_event, audit_log
          to attendance_writer;
        -- A notice moves from pending to its decision once; its history is in the audit log.
        grant select, insert, update on absence_notice, outbox_message to attendance_writer;
        grant select, insert, update on rm_school, rm_class, rm_group, rm_enrolment, rm_assignment,
          rm_lesson, rm_substitution, rm_period, rm_guardianship to attendance_writer;
        grant usage on all sequences in schema public to attendance_writer;
        grant select on schema_migrations to attendance_writer;
      exception when others then
        -- Embedded PGlite has a single user; the triggers alone guard it there.
        raise notice 'attendance_writer role not fully set up: %', sqlerrm;
      end $$;`);
  }
}
