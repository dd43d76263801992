import { Migration } from '@mikro-orm/migrations';

/**
 * Curriculum kept identity's parent–child links in a table of its own (`guardianship`), fed by a
 * consumer of its own. They are the same facts the other services keep in the shared read model
 * (`rm_guardianship`, @dnevnik/school-facts), so the table takes that model's name and the
 * consumer becomes school-facts' identity handlers. Renamed in place: the links curriculum has
 * taken in stay, and the consumer's inbox position still applies.
 */
export class GuardianshipFacts extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      alter table guardianship rename to rm_guardianship;
      alter index guardianship_parent_idx rename to rm_guardianship_parent_idx;`);
  }
}
