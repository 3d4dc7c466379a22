import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261204192107 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "point_of_sale" drop constraint if exists "point_of_sale_sales_channel_id_unique";`,
    )
    this.addSql(
      `alter table if exists "point_of_sale" drop constraint if exists "point_of_sale_stock_location_id_unique";`,
    )
    this.addSql(`alter table if exists "point_of_sale" drop constraint if exists "point_of_sale_handle_unique";`)
    this.addSql(`alter table if exists "point_of_sale" drop constraint if exists "point_of_sale_code_unique";`)
    this.addSql(`alter table if exists "counter_sale" drop constraint if exists "counter_sale_idempotency_key_unique";`)
    this.addSql(
      `alter table if exists "cash_register" drop constraint if exists "cash_register_point_of_sale_id_name_unique";`,
    )
    this.addSql(
      `create table if not exists "cash_movement" ("id" text not null, "session_id" text not null, "point_of_sale_id" text not null, "kind" text check ("kind" in ('float', 'sale', 'refund', 'cash_in', 'cash_out', 'pickup_payment')) not null, "amount" integer not null, "reason" text null, "counter_sale_id" text null, "order_id" text null, "created_by" text not null, "after_close" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cash_movement_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_cash_movement_deleted_at" ON "cash_movement" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_cash_movement_session_id" ON "cash_movement" ("session_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_cash_movement_point_of_sale_id_created_at" ON "cash_movement" ("point_of_sale_id", "created_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "cash_register" ("id" text not null, "point_of_sale_id" text not null, "name" text not null, "active" boolean not null default true, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cash_register_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_cash_register_deleted_at" ON "cash_register" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_cash_register_point_of_sale_id_name_unique" ON "cash_register" ("point_of_sale_id", "name") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "counter_return" ("id" text not null, "counter_sale_id" text not null, "point_of_sale_id" text not null, "register_session_id" text not null, "kind" text check ("kind" in ('return', 'void')) not null, "lines" jsonb not null, "refund_total" integer not null, "refunds" jsonb not null, "reason" text not null, "approved_by" text null, "created_by" text not null, "medusa_return_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "counter_return_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_counter_return_deleted_at" ON "counter_return" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_counter_return_counter_sale_id" ON "counter_return" ("counter_sale_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_counter_return_point_of_sale_id_created_at" ON "counter_return" ("point_of_sale_id", "created_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "counter_sale" ("id" text not null, "idempotency_key" text not null, "point_of_sale_id" text not null, "register_session_id" text not null, "order_id" text null, "display_id" integer null, "status" text check ("status" in ('completed', 'partially_returned', 'returned', 'voided')) not null default 'completed', "clerk_id" text not null, "buyer" jsonb null, "lines" jsonb not null, "payments" jsonb not null, "subtotal" integer not null, "discount_total" integer not null, "total" integer not null, "vat_total" integer not null, "refunded_total" integer not null default 0, "discount_approved_by" text null, "invoice" jsonb not null, "offline_at" timestamptz null, "flag" text check ("flag" in ('below_zero', 'after_close')) null, "flag_detail" jsonb null, "flag_resolved_by" text null, "flag_resolved_at" timestamptz null, "flag_note" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "counter_sale_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_counter_sale_deleted_at" ON "counter_sale" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_counter_sale_idempotency_key_unique" ON "counter_sale" ("idempotency_key") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_counter_sale_point_of_sale_id_created_at" ON "counter_sale" ("point_of_sale_id", "created_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_counter_sale_register_session_id" ON "counter_sale" ("register_session_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_counter_sale_order_id" ON "counter_sale" ("order_id") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "point_of_sale" ("id" text not null, "code" text not null, "handle" text not null, "name" text not null, "kind" text check ("kind" in ('showroom', 'booth')) not null default 'showroom', "status" text check ("status" in ('active', 'paused', 'closed')) not null default 'active', "address_1" text not null, "ward" text not null, "province" text not null, "phone" text null, "email" text null, "opening_hours" jsonb not null, "latitude" real null, "longitude" real null, "photo_url" text null, "description" text null, "manager_user_id" text null, "seller_name" text null, "seller_tax_code" text null, "low_stock_threshold" integer not null default 5, "discount_limit_percent" integer not null default 10, "pickup_hold_days" integer not null default 7, "cash_difference_threshold" integer not null default 20000, "stock_location_id" text not null, "sales_channel_id" text not null, "trade_event_id" text null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "point_of_sale_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_point_of_sale_deleted_at" ON "point_of_sale" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_point_of_sale_code_unique" ON "point_of_sale" ("code") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_point_of_sale_handle_unique" ON "point_of_sale" ("handle") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_point_of_sale_stock_location_id_unique" ON "point_of_sale" ("stock_location_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_point_of_sale_sales_channel_id_unique" ON "point_of_sale" ("sales_channel_id") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "register_session" ("id" text not null, "register_id" text not null, "point_of_sale_id" text not null, "status" text check ("status" in ('open', 'closed')) not null default 'open', "opened_by" text not null, "opened_at" timestamptz not null, "opening_float" integer not null, "closed_by" text null, "closed_at" timestamptz null, "counted" jsonb null, "counted_cash" integer null, "expected_cash" integer null, "difference" integer null, "close_note" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "register_session_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_register_session_deleted_at" ON "register_session" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_register_session_one_open" ON "register_session" ("register_id") WHERE status = 'open' AND deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_register_session_point_of_sale_id_opened_at" ON "register_session" ("point_of_sale_id", "opened_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "stock_transfer" ("id" text not null, "number" serial, "from_location_id" text not null, "to_location_id" text not null, "status" text check ("status" in ('draft', 'sent', 'received', 'canceled')) not null default 'draft', "note" text null, "receipt_note" text null, "created_by" text not null, "sent_by" text null, "sent_at" timestamptz null, "received_by" text null, "received_at" timestamptz null, "canceled_by" text null, "canceled_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stock_transfer_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stock_transfer_deleted_at" ON "stock_transfer" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stock_transfer_status_created_at" ON "stock_transfer" ("status", "created_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stock_transfer_to_location_id_status" ON "stock_transfer" ("to_location_id", "status") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stock_transfer_from_location_id_status" ON "stock_transfer" ("from_location_id", "status") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "stock_transfer_line" ("id" text not null, "transfer_id" text not null, "variant_id" text not null, "inventory_item_id" text not null, "title" text not null, "sku" text null, "quantity" integer not null, "received_quantity" integer null, "lost_quantity" integer not null default 0, "loss_reason" text check ("loss_reason" in ('damaged', 'missing', 'expired')) null, "loss_note" text null, "reservation_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stock_transfer_line_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stock_transfer_line_transfer_id" ON "stock_transfer_line" ("transfer_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stock_transfer_line_deleted_at" ON "stock_transfer_line" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `alter table if exists "stock_transfer_line" add constraint "stock_transfer_line_transfer_id_foreign" foreign key ("transfer_id") references "stock_transfer" ("id") on update cascade on delete cascade;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "stock_transfer_line" drop constraint if exists "stock_transfer_line_transfer_id_foreign";`,
    )

    this.addSql(`drop table if exists "cash_movement" cascade;`)

    this.addSql(`drop table if exists "cash_register" cascade;`)

    this.addSql(`drop table if exists "counter_return" cascade;`)

    this.addSql(`drop table if exists "counter_sale" cascade;`)

    this.addSql(`drop table if exists "point_of_sale" cascade;`)

    this.addSql(`drop table if exists "register_session" cascade;`)

    this.addSql(`drop table if exists "stock_transfer" cascade;`)

    this.addSql(`drop table if exists "stock_transfer_line" cascade;`)
  }
}
