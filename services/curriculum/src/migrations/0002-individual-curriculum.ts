import { Migration } from '@mikro-orm/migrations';

/** S4: a student's individual curriculum replaces the grade's hours for the subjects it lists. */
export class IndividualCurriculum extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table individual_curriculum_item (
        id uuid primary key,
        year_id uuid not null references academic_year (id) deferrable initially deferred,
        student_id uuid not null,
        subject_id uuid not null references subject (id) deferrable initially deferred,
        hours_per_year int not null check (hours_per_year >= 0),
        reason text not null,
        unique (year_id, student_id, subject_id)
      );
      create index individual_curriculum_student_idx on individual_curriculum_item (student_id);`);
  }
}
