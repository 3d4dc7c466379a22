import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261205042939 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "event_lead" ("id" text not null, "event_id" text not null, "company" text not null, "contact_name" text not null, "phone" text null, "email" text null, "producer_id" text not null, "product_ids" jsonb not null, "volume" text null, "status" text check ("status" in ('new', 'contacted', 'negotiating', 'won', 'lost')) not null default 'new', "note" text null, "recorded_by" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "event_lead_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_event_lead_event_id" ON "event_lead" ("event_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_event_lead_deleted_at" ON "event_lead" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_event_lead_producer_id" ON "event_lead" ("producer_id") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `alter table if exists "event_lead" add constraint "event_lead_event_id_foreign" foreign key ("event_id") references "trade_event" ("id") on update cascade on delete cascade;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "event_lead" cascade;`)
  }
}
