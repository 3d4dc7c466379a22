import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261205220716 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "event_booth_stock" ("id" text not null, "event_id" text not null, "kind" text check ("kind" in ('declared', 'lost')) not null, "producer_id" text null, "variant_id" text not null, "inventory_item_id" text not null, "title" text not null, "quantity" integer not null, "reason" text check ("reason" in ('damaged', 'expired', 'missing', 'tasting')) null, "note" text null, "recorded_by" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "event_booth_stock_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_event_booth_stock_deleted_at" ON "event_booth_stock" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_event_booth_stock_event_id" ON "event_booth_stock" ("event_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_event_booth_stock_producer_id" ON "event_booth_stock" ("producer_id") WHERE deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "event_booth_stock" cascade;`)
  }
}
