import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261205040833 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "trade_event" add column if not exists "price_list_id" text null, add column if not exists "prices_online" boolean not null default false;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "trade_event" drop column if exists "price_list_id", drop column if exists "prices_online";`,
    )
  }
}
