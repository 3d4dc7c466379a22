import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Active producers in the store list's order (name, then id), so a page is a short index walk. */
export class Migration20261206013000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_producer_active_name" ON "producer" ("name", "id") WHERE status = 'active' AND deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`DROP INDEX IF EXISTS "IDX_producer_active_name";`)
  }
}
