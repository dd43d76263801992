import { Migration } from '@mikro-orm/migrations';

/** M5: a deputy director's permission to enter marks for a lesson after the deadline. */
export class LateEntryPermit extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table late_entry_permit (
        id uuid primary key,
        lesson_id uuid not null,
        school_id uuid not null,
        granted_by uuid not null,
        reason text not null,
        granted_at timestamptz not null,
        valid_until timestamptz not null
      );
      create index late_entry_permit_lesson_idx on late_entry_permit (lesson_id);`);
  }
}
