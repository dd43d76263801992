import { Migration } from '@mikro-orm/migrations';

/** ESIA login (A9): the account link, the login flows, and ESIA's confirmation of parent links. */
export class IdentityEsia extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table esia_account (
        person_id uuid primary key references person (id) deferrable initially deferred,
        oid text not null unique check (oid ~ '^[0-9]{1,20}$'),
        linked_at timestamptz not null,
        last_login_at timestamptz not null
      );

      create table esia_login_flow (
        id uuid primary key,
        state uuid not null unique,
        browser_key_hash text not null,
        code_verifier text null,
        nonce text not null,
        scope text not null,
        purpose text not null check (purpose in ('login', 'parent')),
        created_at timestamptz not null,
        expires_at timestamptz not null,
        callback_at timestamptz null,
        person_id uuid null references person (id) deferrable initially deferred,
        result_code_hash text null unique,
        result_expires_at timestamptz null,
        completed_at timestamptz null
      );
      create index esia_login_flow_expires_at_index on esia_login_flow (expires_at);

      alter table parent_link add column esia_confirmed_at timestamptz null;`);
  }
}
