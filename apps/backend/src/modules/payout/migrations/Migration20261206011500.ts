import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The sales report's sale lines (decision 029, `src/queries/sale-lines.ts`): a read model, not an
 * entity of this module, kept here because producers' payouts read it too. No model: the rows are
 * copies of Medusa's order lines, written only by `syncSaleLines` / `rebuildSaleLines`.
 */
export class Migration20261206011500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "ocop_sale_line" ("line_id" text not null, "order_id" text not null,
        "at" timestamptz not null, "currency_code" text not null, "sales_channel_id" text null,
        "product_id" text null, "units" numeric not null, "amount" numeric not null,
        constraint "ocop_sale_line_pkey" primary key ("line_id"));`,
    )
    // A year is a range scan of this index alone (index-only once vacuumed).
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_sale_line_at" ON "ocop_sale_line" ("at")
        INCLUDE ("order_id", "currency_code", "sales_channel_id", "product_id", "units", "amount");`,
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_sale_line_order_id" ON "ocop_sale_line" ("order_id");`)
    this.addSql(
      `create table if not exists "ocop_sale_line_sync" ("id" integer not null default 1 check ("id" = 1),
        "synced_to" timestamptz null, constraint "ocop_sale_line_sync_pkey" primary key ("id"));`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ocop_sale_line_sync" cascade;`)
    this.addSql(`drop table if exists "ocop_sale_line" cascade;`)
  }
}
