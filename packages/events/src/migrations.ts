import { Migration } from '@mikro-orm/migrations';
import type { MigrationEntry } from '@dnevnik/database';

class OutboxAndInbox extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table outbox_message (
        id uuid primary key,
        seq bigserial not null unique,
        topic text not null,
        message_key text not null,
        event_type text not null,
        payload jsonb not null,
        created_at timestamptz not null,
        published_at timestamptz null
      );
      create index outbox_message_pending_idx on outbox_message (seq) where published_at is null;
      create table processed_event (
        consumer text not null,
        event_id uuid not null,
        event_type text not null,
        processed_at timestamptz not null,
        primary key (consumer, event_id)
      );`);
  }
}

/** Tables every service that produces or consumes events needs; list them before its own. */
export const eventMigrations: MigrationEntry[] = [
  { name: 'platform-0001-outbox-inbox', class: OutboxAndInbox },
];
