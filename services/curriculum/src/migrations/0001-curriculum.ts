import { Migration } from '@mikro-orm/migrations';

/**
 * Foreign keys are checked at commit (deferrable): one unit of work writes rows that refer to
 * each other, in an order the ORM chooses.
 */
export class CurriculumSchema extends Migration {
  override async up(): Promise<void> {
    const fk = (table: string) => `references ${table} (id) deferrable initially deferred`;
    this.addSql(`
      create table school (
        id uuid primary key,
        region_id uuid not null,
        name text not null,
        time_zone text not null,
        working_weekdays jsonb not null,
        created_at timestamptz not null
      );
      create table academic_year (
        id uuid primary key,
        school_id uuid not null ${fk('school')},
        name text not null,
        starts_on date not null,
        ends_on date not null,
        check (ends_on > starts_on),
        unique (school_id, name)
      );
      create table period (
        id uuid primary key,
        year_id uuid not null ${fk('academic_year')},
        kind text not null check (kind in ('quarter', 'trimester', 'half_year', 'module', 'holiday')),
        name text not null,
        starts_on date not null,
        ends_on date not null,
        order_ref text null,
        change_reason text null,
        updated_at timestamptz not null,
        check (ends_on >= starts_on)
      );
      create index period_year_idx on period (year_id);
      create table bell (
        id uuid primary key,
        school_id uuid not null ${fk('school')},
        lesson_number int not null,
        starts_at text not null,
        ends_at text not null,
        unique (school_id, lesson_number)
      );
      create table subject (
        id uuid primary key,
        school_id uuid not null ${fk('school')},
        name text not null,
        unique (school_id, name)
      );
      create table school_class (
        id uuid primary key,
        school_id uuid not null ${fk('school')},
        year_id uuid not null ${fk('academic_year')},
        grade int not null check (grade between 1 and 11),
        letter text not null,
        name text not null,
        unique (year_id, grade, letter)
      );
      create table study_group (
        id uuid primary key,
        school_id uuid not null ${fk('school')},
        year_id uuid not null ${fk('academic_year')},
        name text not null,
        kind text not null check (kind in ('subgroup', 'elective', 'profile')),
        subject_id uuid null ${fk('subject')},
        class_id uuid null ${fk('school_class')},
        check (kind <> 'subgroup' or class_id is not null)
      );
      create table group_member (
        id uuid primary key,
        group_id uuid not null ${fk('study_group')},
        student_id uuid not null,
        joined_on date not null,
        left_on date null
      );
      create index group_member_student_idx on group_member (student_id);
      create index group_member_group_idx on group_member (group_id);
      create table enrolment (
        id uuid primary key,
        student_id uuid not null,
        class_id uuid not null ${fk('school_class')},
        starts_on date not null,
        ends_on date null,
        start_reason text not null,
        start_order text not null,
        end_reason text null,
        end_order text null,
        check (ends_on is null or ends_on > starts_on)
      );
      create index enrolment_class_idx on enrolment (class_id, starts_on);
      create index enrolment_student_idx on enrolment (student_id, starts_on);
      -- A student is in at most one class at a time.
      create unique index enrolment_one_open on enrolment (student_id) where ends_on is null;

      create table curriculum_item (
        id uuid primary key,
        year_id uuid not null ${fk('academic_year')},
        grade int not null check (grade between 1 and 11),
        subject_id uuid not null ${fk('subject')},
        hours_per_week double precision not null check (hours_per_week > 0),
        hours_per_year int not null check (hours_per_year > 0),
        unique (year_id, grade, subject_id)
      );
      create table teaching_assignment (
        id uuid primary key,
        school_id uuid not null ${fk('school')},
        year_id uuid not null ${fk('academic_year')},
        teacher_id uuid not null,
        subject_id uuid not null ${fk('subject')},
        class_id uuid null ${fk('school_class')},
        group_id uuid null ${fk('study_group')},
        starts_on date not null,
        ends_on date null,
        check ((class_id is null) <> (group_id is null))
      );
      create index teaching_assignment_teacher_idx on teaching_assignment (teacher_id);
      create table timetable_slot (
        id uuid primary key,
        assignment_id uuid not null ${fk('teaching_assignment')},
        weekday int not null check (weekday between 1 and 7),
        lesson_number int not null check (lesson_number between 0 and 12),
        room text null,
        valid_from date not null,
        valid_to date null,
        check (valid_to is null or valid_to > valid_from)
      );
      create index timetable_slot_assignment_idx on timetable_slot (assignment_id);
      create table plan (
        id uuid primary key,
        assignment_id uuid not null ${fk('teaching_assignment')},
        version int not null,
        total_hours int not null,
        submitted_by uuid not null,
        submitted_at timestamptz not null,
        late boolean not null,
        unique (assignment_id, version)
      );
      create table plan_topic (
        id uuid primary key,
        plan_id uuid not null ${fk('plan')},
        position int not null,
        title text not null,
        hours int not null check (hours > 0),
        kind text not null,
        unique (plan_id, position)
      );
      create table lesson (
        id uuid primary key,
        school_id uuid not null ${fk('school')},
        assignment_id uuid not null ${fk('teaching_assignment')},
        class_id uuid null,
        group_id uuid null,
        subject_id uuid not null,
        teacher_id uuid not null,
        date date not null,
        lesson_number int not null,
        room text null,
        status text not null check (status in ('scheduled', 'conducted', 'cancelled')),
        source text not null check (source in ('timetable', 'extra')),
        slot_id uuid null,
        change_reason text null,
        topic_id uuid null,
        topic_title text null,
        material text null,
        work_type text null,
        conducted_by uuid null,
        recorded_at timestamptz null,
        record_status text null,
        created_at timestamptz not null
      );
      create index lesson_class_date_idx on lesson (class_id, date);
      create index lesson_group_date_idx on lesson (group_id, date);
      create index lesson_teacher_date_idx on lesson (teacher_id, date);
      create index lesson_assignment_date_idx on lesson (assignment_id, date);
      -- Generation is idempotent: one lesson per timetable line and date.
      create unique index lesson_slot_date_unique on lesson (slot_id, date) where slot_id is not null;
      create table homework (
        id uuid primary key,
        lesson_id uuid not null ${fk('lesson')},
        student_id uuid null,
        text text not null,
        due_on date null,
        created_by uuid not null,
        created_at timestamptz not null
      );
      create index homework_lesson_idx on homework (lesson_id);
      create table homework_attachment (
        id uuid primary key,
        homework_id uuid not null ${fk('homework')},
        file_key text not null,
        file_name text not null,
        content_type text not null,
        size int not null
      );
      create table substitution (
        id uuid primary key,
        lesson_id uuid not null ${fk('lesson')},
        substitute_id uuid not null,
        granted_by uuid not null,
        reason text not null,
        granted_at timestamptz not null,
        unique (lesson_id, substitute_id)
      );
      create table guardianship (
        link_id uuid primary key,
        parent_id uuid not null,
        child_id uuid not null,
        verified boolean not null,
        active boolean not null
      );
      create index guardianship_parent_idx on guardianship (parent_id);`);
  }
}
