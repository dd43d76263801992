/**
 * The read-model tables, for a service's first migration. A service that adopted the read model
 * earlier keeps its own frozen copy of this DDL in its migration history.
 */
export const SCHOOL_FACTS_DDL = `
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
`;
