import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Sale days (decision 029, "Sale days"): each sale line learns its Vietnam day and whether it is the
 * first of its order, overall and per product, producer, district, star level and product group, so
 * that a day's lines can be summed into one row per channel, currency and product — orders counted by
 * adding flags, never by a distinct count — and a year's report reads those rows. The products'
 * dimensions the flags were computed with are kept beside them, to notice when one changes.
 *
 * The old rows have no day: forgetting the catch-up's mark makes the next report rebuild them all.
 */
export class Migration20261206041000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "ocop_sale_line" add column if not exists "day" date null,
        add column if not exists "first_in_order" boolean not null default false,
        add column if not exists "first_of_product" boolean not null default false,
        add column if not exists "first_of_producer" boolean not null default false,
        add column if not exists "first_of_district" boolean not null default false,
        add column if not exists "first_of_star" boolean not null default false,
        add column if not exists "first_of_group" boolean not null default false;`,
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_sale_line_day" ON "ocop_sale_line" ("day");`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_sale_line_product_id" ON "ocop_sale_line" ("product_id");`)
    this.addSql(
      `create table if not exists "ocop_sale_day" ("day" date not null, "sales_channel_id" text null,
        "currency_code" text not null, "product_id" text null, "units" numeric not null, "amount" numeric not null,
        "orders" integer not null, "orders_product" integer not null, "orders_producer" integer not null,
        "orders_district" integer not null, "orders_star" integer not null, "orders_group" integer not null);`,
    )
    // A year is a range scan of this index alone (index-only once vacuumed).
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_sale_day_day" ON "ocop_sale_day" ("day")
        INCLUDE ("sales_channel_id", "currency_code", "product_id", "units", "amount", "orders", "orders_product",
        "orders_producer", "orders_district", "orders_star", "orders_group");`,
    )
    this.addSql(
      `create table if not exists "ocop_sale_product" ("product_id" text not null, "producer_id" text null,
        "district" text null, "star_level" text null, "product_group" text null,
        constraint "ocop_sale_product_pkey" primary key ("product_id"));`,
    )
    this.addSql(`delete from "ocop_sale_line_sync";`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ocop_sale_product" cascade;`)
    this.addSql(`drop table if exists "ocop_sale_day" cascade;`)
    this.addSql(`drop index if exists "IDX_ocop_sale_line_product_id";`)
    this.addSql(`drop index if exists "IDX_ocop_sale_line_day";`)
    this.addSql(
      `alter table "ocop_sale_line" drop column if exists "day", drop column if exists "first_in_order",
        drop column if exists "first_of_product", drop column if exists "first_of_producer",
        drop column if exists "first_of_district", drop column if exists "first_of_star",
        drop column if exists "first_of_group";`,
    )
    this.addSql(`delete from "ocop_sale_line_sync";`)
  }
}
