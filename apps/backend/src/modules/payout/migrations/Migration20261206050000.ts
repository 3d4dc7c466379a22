import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The sale lines' range index also carries the Vietnam day (decision 029, "Sale days"): the report's
 * fallback over the lines and the producers' payouts select it, and without it in the index each of
 * their rows would be read from the table instead of the index alone.
 */
export class Migration20261206050000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`DROP INDEX IF EXISTS "IDX_ocop_sale_line_at";`)
    this.addSql(
      `CREATE INDEX "IDX_ocop_sale_line_at" ON "ocop_sale_line" ("at")
        INCLUDE ("order_id", "day", "currency_code", "sales_channel_id", "product_id", "units", "amount");`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`DROP INDEX IF EXISTS "IDX_ocop_sale_line_at";`)
    this.addSql(
      `CREATE INDEX "IDX_ocop_sale_line_at" ON "ocop_sale_line" ("at")
        INCLUDE ("order_id", "currency_code", "sales_channel_id", "product_id", "units", "amount");`,
    )
  }
}
