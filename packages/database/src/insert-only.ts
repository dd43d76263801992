/**
 * DDL that makes official records insert-only (G1, M4, P1): a trigger refuses UPDATE, DELETE and
 * TRUNCATE for every role, owner included, so a correction can only be a new row; and the
 * privileges are revoked from PUBLIC. `rejectFunction` names the trigger function (one per
 * service schema). A role that owns the table can still disable the trigger, which is why
 * production services run as a writer role that owns nothing.
 */
export function insertOnlySql(rejectFunction: string, tables: readonly string[]): string {
  const triggers = tables.map(
    (t) => `
      create trigger ${t}_insert_only before update or delete on ${t}
        for each row execute function ${rejectFunction}();
      create trigger ${t}_no_truncate before truncate on ${t}
        for each statement execute function ${rejectFunction}();`,
  );
  return `
      create function ${rejectFunction}() returns trigger language plpgsql as $$
      begin
        raise exception '% is insert-only: a correction is a new record (%)', tg_table_name, tg_op
          using errcode = 'insufficient_privilege';
      end $$;${triggers.join('')}
      revoke update, delete, truncate on ${tables.join(', ')} from public;`;
}
