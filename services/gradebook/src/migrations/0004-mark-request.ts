import { Migration } from '@mikro-orm/migrations';

/**
 * The requests that posted marks, by the client's request id: a client that got no answer (a
 * timeout, SUBGRAPH_UNAVAILABLE) sends the same request again, and the repeat returns the mark
 * the first one stored instead of posting a second one.
 */
export class MarkRequest extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table mark_request (
        person_id uuid not null,
        request_id uuid not null,
        -- What the request asked for, so that a reused id with other content is refused.
        fingerprint text not null,
        mark_id uuid not null references mark (id),
        created_at timestamptz not null default now(),
        primary key (person_id, request_id)
      );

      do $$
      begin
        grant select, insert on mark_request to gradebook_writer;
      exception when others then
        raise notice 'gradebook_writer grants skipped: %', sqlerrm;
      end $$;`);
  }
}
