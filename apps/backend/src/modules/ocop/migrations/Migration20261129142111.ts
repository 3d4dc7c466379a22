import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261129142111 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "catalogue_entry" add column if not exists "min_price_usd" numeric null, add column if not exists "raw_min_price_usd" jsonb null;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_catalogue_entry_is_listed_min_price_usd" ON "catalogue_entry" ("is_listed", "min_price_usd") WHERE deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_catalogue_entry_is_listed_min_price_usd";`)
    this.addSql(
      `alter table if exists "catalogue_entry" drop column if exists "min_price_usd", drop column if exists "raw_min_price_usd";`,
    )
  }
}
