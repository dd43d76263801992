import { Migration } from '@mikro-orm/migrations';

/**
 * Foreign keys are checked at commit (deferrable): the unit of work inserts rows of one flush in
 * an order it chooses, and a person, their role and their account are written together.
 */
export class IdentitySchema extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table person (
        id uuid primary key,
        last_name text not null,
        first_name text not null,
        middle_name text null,
        birth_date date null,
        sex text null check (sex in ('male', 'female')),
        snils text null unique check (snils ~ '^[0-9]{11}$'),
        created_at timestamptz not null,
        updated_at timestamptz not null
      );

      create table role_assignment (
        id uuid primary key,
        person_id uuid not null references person (id) deferrable initially deferred,
        role text not null,
        region_id uuid null,
        school_id uuid null,
        class_id uuid null,
        granted_by uuid null,
        granted_at timestamptz not null,
        revoked_at timestamptz null,
        revoked_by uuid null,
        revoke_reason text null
      );
      create index role_assignment_person_id_index on role_assignment (person_id);
      create unique index role_assignment_active_unique on role_assignment
        (person_id, role, coalesce(region_id, '00000000-0000-0000-0000-000000000000'),
         coalesce(school_id, '00000000-0000-0000-0000-000000000000'),
         coalesce(class_id, '00000000-0000-0000-0000-000000000000'))
        where revoked_at is null;

      create table parent_link (
        id uuid primary key,
        parent_id uuid not null references person (id) deferrable initially deferred,
        child_id uuid not null references person (id) deferrable initially deferred,
        source text not null,
        verified boolean not null,
        verified_by uuid null,
        verified_at timestamptz null,
        created_by uuid null,
        created_at timestamptz not null,
        removed_at timestamptz null,
        removed_by uuid null,
        remove_reason text null,
        check (parent_id <> child_id)
      );
      create index parent_link_parent_id_index on parent_link (parent_id);
      create index parent_link_child_id_index on parent_link (child_id);
      create unique index parent_link_active_unique on parent_link (parent_id, child_id) where removed_at is null;

      create table consent (
        id uuid primary key,
        subject_id uuid not null references person (id) deferrable initially deferred,
        given_by uuid not null references person (id) deferrable initially deferred,
        purpose text not null,
        document_ref text not null,
        given_at date not null,
        recorded_by uuid not null,
        recorded_at timestamptz not null,
        withdrawn_at timestamptz null
      );
      create index consent_subject_id_index on consent (subject_id);

      create table account (
        id uuid primary key,
        person_id uuid not null unique references person (id) deferrable initially deferred,
        login text not null unique check (login = lower(login)),
        password_hash text not null,
        kind text not null check (kind in ('password', 'temporary')),
        temporary_reason text null,
        expires_at timestamptz null,
        issued_by uuid null,
        created_at timestamptz not null,
        disabled_at timestamptz null,
        check (kind = 'password' or (temporary_reason is not null and expires_at is not null))
      );

      create table session (
        id uuid primary key,
        person_id uuid not null references person (id) deferrable initially deferred,
        auth_method text not null,
        created_at timestamptz not null,
        last_used_at timestamptz not null,
        expires_at timestamptz not null,
        ip text null,
        user_agent text null,
        revoked_at timestamptz null,
        revoke_reason text null
      );
      create index session_person_id_index on session (person_id);

      create table refresh_token (
        id uuid primary key,
        session_id uuid not null references session (id) deferrable initially deferred,
        token_hash text not null unique,
        created_at timestamptz not null,
        used_at timestamptz null
      );
      create index refresh_token_session_id_index on refresh_token (session_id);

      create table login_attempt (
        id bigserial primary key,
        account_key text not null,
        source_key text not null,
        succeeded boolean not null,
        attempted_at timestamptz not null
      );
      create index login_attempt_account_idx on login_attempt (account_key, attempted_at);
      create index login_attempt_source_idx on login_attempt (source_key, attempted_at);`);
  }
}
