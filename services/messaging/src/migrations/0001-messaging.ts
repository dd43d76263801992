import { Migration } from '@mikro-orm/migrations';
import { SCHOOL_FACTS_DDL } from '@dnevnik/school-facts';

export class MessagingSchema extends Migration {
  override async up(): Promise<void> {
    this.addSql(SCHOOL_FACTS_DDL);
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
