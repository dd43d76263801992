import { Migration } from '@mikro-orm/migrations';

/**
 * M1, M2, M6: per-school grading settings (weights, mark counts, a scale per subject); marks for
 * written works without a fixed lesson and the two parts of a paired mark («4/5»); year, exam and
 * final marks tied to the school year. Also gives `gradebook_writer` everything the service uses,
 * so production runs as that role and migrates separately, as the owner.
 */
export class ScalesWorksYears extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      -- Settings are a history: each change is a new row (G2), the latest one applies.
      create table grading_settings (
        id uuid primary key,
        school_id uuid not null,
        weights jsonb not null,
        min_marks_up_to_2_hours int not null check (min_marks_up_to_2_hours between 1 and 20),
        min_marks_more_hours int not null check (min_marks_more_hours between min_marks_up_to_2_hours and 20),
        subject_scales jsonb not null,
        set_by uuid not null,
        set_at timestamptz not null
      );
      create index grading_settings_school_idx on grading_settings (school_id, set_at desc);

      alter table mark add column title text null;
      alter table mark add column pair_id uuid null;
      alter table mark add column pair_part smallint null check (pair_part in (1, 2));
      alter table mark add check ((pair_id is null) = (pair_part is null));
      create index mark_assignment_idx on mark (assignment_id, lesson_date);

      alter table final_mark add column year_id uuid null;
      create index final_mark_year_idx on final_mark (student_id, subject_id, year_id);

      alter table late_entry_permit alter column lesson_id drop not null;
      alter table late_entry_permit add column assignment_id uuid null;
      alter table late_entry_permit add column work_date date null;
      alter table late_entry_permit add check (lesson_id is not null or (assignment_id is not null and work_date is not null));
      create index late_entry_permit_work_idx on late_entry_permit (assignment_id, work_date);

      do $$
      begin
        grant select on schema_migrations to gradebook_writer;
        grant select, insert, update on outbox_message to gradebook_writer;
        grant usage on all sequences in schema public to gradebook_writer;
        grant select, insert on processed_event, transfer_window, late_entry_permit, grading_settings
          to gradebook_writer;
        grant select, insert, update on rm_school, rm_class, rm_group, rm_enrolment, rm_assignment,
          rm_lesson, rm_substitution, rm_period, rm_guardianship to gradebook_writer;
        grant select, insert on audit_log to gradebook_writer;
      exception when others then
        raise notice 'gradebook_writer grants skipped: %', sqlerrm;
      end $$;`);
  }
}
