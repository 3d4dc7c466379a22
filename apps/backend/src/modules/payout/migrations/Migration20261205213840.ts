import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261205213840 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "support_payment" drop constraint if exists "support_payment_certification_id_unique";`,
    )
    this.addSql(
      `create table if not exists "support_payment" ("id" text not null, "producer_id" text not null, "product_id" text not null, "certification_id" text not null, "star_level" integer not null, "amount" numeric not null, "paid_on" timestamptz not null, "reference" text null, "note" text null, "recorded_by" text null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "support_payment_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_support_payment_certification_id_unique" ON "support_payment" ("certification_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_support_payment_deleted_at" ON "support_payment" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_support_payment_producer_id_paid_on" ON "support_payment" ("producer_id", "paid_on") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_support_payment_paid_on" ON "support_payment" ("paid_on") WHERE deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "support_payment" cascade;`)
  }
}
