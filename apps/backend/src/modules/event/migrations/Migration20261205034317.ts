import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261205034317 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "event_participant" drop constraint if exists "event_participant_event_id_producer_id_unique";`,
    )
    this.addSql(`alter table if exists "trade_event" drop constraint if exists "trade_event_handle_unique";`)
    this.addSql(
      `create table if not exists "trade_event" ("id" text not null, "handle" text not null, "name" text not null, "name_en" text not null, "kind" text check ("kind" in ('fair', 'ocop_week', 'supply_demand_conference', 'exhibition', 'other')) not null, "status" text check ("status" in ('planned', 'open', 'closed')) not null default 'planned', "province" text not null, "address" text not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "organiser" text not null, "responsible_user_id" text null, "revenue_target" numeric not null, "description" text null, "point_of_sale_id" text null, "stock_location_id" text null, "sales_channel_id" text null, "closed_at" timestamptz null, "closed_by" text null, "metadata" jsonb null, "raw_revenue_target" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "trade_event_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_trade_event_deleted_at" ON "trade_event" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_trade_event_handle_unique" ON "trade_event" ("handle") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_trade_event_starts_at" ON "trade_event" ("starts_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "event_participant" ("id" text not null, "event_id" text not null, "producer_id" text not null, "status" text check ("status" in ('invited', 'accepted', 'declined')) not null default 'invited', "booth_number" text null, "invited_by" text not null, "answered_by" text null, "answered_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "event_participant_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_event_participant_event_id" ON "event_participant" ("event_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_event_participant_deleted_at" ON "event_participant" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_event_participant_event_id_producer_id_unique" ON "event_participant" ("event_id", "producer_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_event_participant_producer_id" ON "event_participant" ("producer_id") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "event_participant_product" ("id" text not null, "participant_id" text not null, "product_id" text not null, "units" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "event_participant_product_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_event_participant_product_participant_id" ON "event_participant_product" ("participant_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_event_participant_product_deleted_at" ON "event_participant_product" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "event_budget_line" ("id" text not null, "event_id" text not null, "kind" text check ("kind" in ('booth_rent', 'transport', 'printing', 'accommodation', 'allowance', 'promotion', 'other')) not null, "label" text null, "amount" numeric not null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "event_budget_line_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_event_budget_line_event_id" ON "event_budget_line" ("event_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_event_budget_line_deleted_at" ON "event_budget_line" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "event_spending" ("id" text not null, "budget_line_id" text not null, "amount" numeric not null, "spent_on" text not null, "note" text null, "recorded_by" text not null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "event_spending_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_event_spending_budget_line_id" ON "event_spending" ("budget_line_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_event_spending_deleted_at" ON "event_spending" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `alter table if exists "event_participant" add constraint "event_participant_event_id_foreign" foreign key ("event_id") references "trade_event" ("id") on update cascade on delete cascade;`,
    )

    this.addSql(
      `alter table if exists "event_participant_product" add constraint "event_participant_product_participant_id_foreign" foreign key ("participant_id") references "event_participant" ("id") on update cascade on delete cascade;`,
    )

    this.addSql(
      `alter table if exists "event_budget_line" add constraint "event_budget_line_event_id_foreign" foreign key ("event_id") references "trade_event" ("id") on update cascade on delete cascade;`,
    )

    this.addSql(
      `alter table if exists "event_spending" add constraint "event_spending_budget_line_id_foreign" foreign key ("budget_line_id") references "event_budget_line" ("id") on update cascade on delete cascade;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "event_participant" drop constraint if exists "event_participant_event_id_foreign";`,
    )

    this.addSql(
      `alter table if exists "event_budget_line" drop constraint if exists "event_budget_line_event_id_foreign";`,
    )

    this.addSql(
      `alter table if exists "event_participant_product" drop constraint if exists "event_participant_product_participant_id_foreign";`,
    )

    this.addSql(
      `alter table if exists "event_spending" drop constraint if exists "event_spending_budget_line_id_foreign";`,
    )

    this.addSql(`drop table if exists "trade_event" cascade;`)

    this.addSql(`drop table if exists "event_participant" cascade;`)

    this.addSql(`drop table if exists "event_participant_product" cascade;`)

    this.addSql(`drop table if exists "event_budget_line" cascade;`)

    this.addSql(`drop table if exists "event_spending" cascade;`)
  }
}
