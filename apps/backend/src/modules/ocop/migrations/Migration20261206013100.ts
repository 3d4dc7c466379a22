import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * A producer's listed catalogue entries, for the store's producer list (issue 17): each producer's
 * product count becomes an index-only scan of a few entries instead of a pass over the whole
 * catalogue. Partial on the listed rows, the only ones that list counts.
 */
export class Migration20261206013100 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_catalogue_entry_listed_producer_id" ON "catalogue_entry" ("producer_id") WHERE is_listed AND deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`DROP INDEX IF EXISTS "IDX_catalogue_entry_listed_producer_id";`)
  }
}
