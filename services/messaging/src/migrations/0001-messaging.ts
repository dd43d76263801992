import { Migration } from '@mikro-orm/migrations';

export class MessagingSchema extends Migration {
  override async up(): Promise<void> {
    // A frozen copy of SCHOOL_FACTS_DDL as it stood when this migration shipped: a past migration
    // never imports live code, so the DDL it ran stays the DDL it runs.
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
      -- Who holds which role where (identity's events): class teachers and staff as recipients.
      create table rm_role (
        assignment_id uuid primary key, person_id uuid not null, role text not null,
        school_id uuid null, class_id uuid null, active boolean not null
      );
      create index rm_role_person_idx on rm_role (person_id);
      create index rm_role_class_idx on rm_role (class_id) where class_id is not null;

      create table thread (
        id uuid primary key,
        school_id uuid not null,
        kind text not null check (kind in ('direct', 'group')),
        subject text null,
        created_by uuid not null,
        created_at timestamptz not null,
        last_message_at timestamptz not null
      );
      create table thread_member (
        thread_id uuid not null references thread (id),
        person_id uuid not null,
        joined_at timestamptz not null,
        primary key (thread_id, person_id)
      );
      create index thread_member_person_idx on thread_member (person_id);
      create table message (
        id uuid primary key,
        thread_id uuid not null references thread (id),
        author_id uuid not null,
        body text not null,
        attachments jsonb not null,
        created_at timestamptz not null,
        hidden_at timestamptz null,
        hidden_reason text null
      );
      create index message_thread_idx on message (thread_id, created_at);
      create table message_read (
        message_id uuid not null references message (id),
        person_id uuid not null,
        read_at timestamptz not null,
        primary key (message_id, person_id)
      );
      create table abuse_report (
        id uuid primary key,
        message_id uuid not null references message (id),
        school_id uuid not null,
        reporter_id uuid not null,
        reason text not null,
        created_at timestamptz not null,
        resolved_by uuid null,
        resolved_at timestamptz null,
        resolution text null check (resolution in ('restored', 'removed'))
      );
      create index abuse_report_open_idx on abuse_report (school_id) where resolved_at is null;

      create table announcement (
        id uuid primary key,
        school_id uuid not null,
        audience text not null check (audience in ('class', 'parallel', 'school', 'staff')),
        class_id uuid null,
        grade int null,
        title text not null,
        body text not null,
        author_id uuid not null,
        created_at timestamptz not null,
        check ((audience = 'class') = (class_id is not null)),
        check ((audience = 'parallel') = (grade is not null))
      );
      create index announcement_school_idx on announcement (school_id, created_at desc);
      create table announcement_read (
        announcement_id uuid not null references announcement (id),
        person_id uuid not null,
        read_at timestamptz not null,
        primary key (announcement_id, person_id)
      );

      -- One notification per person, kind and source event: a redelivered event notifies nobody twice.
      create table notification (
        id uuid primary key,
        person_id uuid not null,
        school_id uuid not null,
        kind text not null,
        title text not null,
        body text not null,
        source_event_id uuid not null,
        student_id uuid null,
        lesson_id uuid null,
        subject_id uuid null,
        created_at timestamptz not null,
        read_at timestamptz null,
        unique (person_id, kind, source_event_id)
      );
      create index notification_person_idx on notification (person_id, created_at desc);
      create table delivery (
        id uuid primary key,
        notification_id uuid not null references notification (id),
        person_id uuid not null,
        channel text not null check (channel in ('email', 'sms')),
        address text not null,
        digest boolean not null,
        status text not null check (status in ('pending', 'sent', 'failed')),
        attempts int not null,
        next_attempt_at timestamptz not null,
        last_error text null,
        sent_at timestamptz null,
        created_at timestamptz not null
      );
      create index delivery_due_idx on delivery (next_attempt_at) where status = 'pending';

      create table preference (
        person_id uuid primary key,
        email text null,
        phone text null,
        muted_kinds jsonb not null,
        email_enabled boolean not null,
        sms_enabled boolean not null,
        quiet_start text null,
        quiet_end text null,
        daily_digest boolean not null,
        updated_at timestamptz not null
      );

      -- C4: when a parent last opened the diary or a notification; one row per visit.
      create table engagement (
        id uuid primary key,
        person_id uuid not null,
        kind text not null check (kind in ('diary_opened', 'notification_opened')),
        at timestamptz not null
      );
      create index engagement_person_idx on engagement (person_id, at desc);`);
  }
}
